@NullMarked
package cn.kunming.kjj.carrier.majorchange.repository;

import org.jspecify.annotations.NullMarked;
