@NullMarked
package cn.kunming.kjj.carrier.publicity;

import org.jspecify.annotations.NullMarked;
