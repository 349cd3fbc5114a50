@NullMarked
package cn.kunming.kjj.carrier.review;

import org.jspecify.annotations.NullMarked;
