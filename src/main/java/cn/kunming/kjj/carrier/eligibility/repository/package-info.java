@NullMarked
package cn.kunming.kjj.carrier.eligibility.repository;

import org.jspecify.annotations.NullMarked;
