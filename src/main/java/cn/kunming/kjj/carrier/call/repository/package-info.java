@NullMarked
package cn.kunming.kjj.carrier.call.repository;

import org.jspecify.annotations.NullMarked;
