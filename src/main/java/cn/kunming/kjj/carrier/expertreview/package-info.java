@NullMarked
package cn.kunming.kjj.carrier.expertreview;

import org.jspecify.annotations.NullMarked;
