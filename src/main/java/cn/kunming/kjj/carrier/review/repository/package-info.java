@NullMarked
package cn.kunming.kjj.carrier.review.repository;

import org.jspecify.annotations.NullMarked;
