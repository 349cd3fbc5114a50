@NullMarked
package cn.kunming.kjj.carrier.authority.repository;

import org.jspecify.annotations.NullMarked;
