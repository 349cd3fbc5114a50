@NullMarked
package cn.kunming.kjj.carrier.carrier;

import org.jspecify.annotations.NullMarked;
