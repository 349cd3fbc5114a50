@NullMarked
package cn.kunming.kjj.carrier.call;

import org.jspecify.annotations.NullMarked;
