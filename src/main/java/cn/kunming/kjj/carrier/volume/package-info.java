@NullMarked
package cn.kunming.kjj.carrier.volume;

import org.jspecify.annotations.NullMarked;
