@NullMarked
package cn.kunming.kjj.carrier.search.repository;

import org.jspecify.annotations.NullMarked;
