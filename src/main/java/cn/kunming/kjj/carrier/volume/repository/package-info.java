@NullMarked
package cn.kunming.kjj.carrier.volume.repository;

import org.jspecify.annotations.NullMarked;
