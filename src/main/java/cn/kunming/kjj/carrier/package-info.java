@NullMarked
package cn.kunming.kjj.carrier;

import org.jspecify.annotations.NullMarked;
