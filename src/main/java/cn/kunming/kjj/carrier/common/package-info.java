@NullMarked
package cn.kunming.kjj.carrier.common;

import org.jspecify.annotations.NullMarked;
