@NullMarked
package cn.kunming.kjj.carrier.review.ui;

import org.jspecify.annotations.NullMarked;
