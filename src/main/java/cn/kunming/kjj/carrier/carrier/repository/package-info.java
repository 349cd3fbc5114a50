@NullMarked
package cn.kunming.kjj.carrier.carrier.repository;

import org.jspecify.annotations.NullMarked;
