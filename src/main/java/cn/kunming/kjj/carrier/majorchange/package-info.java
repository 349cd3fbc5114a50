@NullMarked
package cn.kunming.kjj.carrier.majorchange;

import org.jspecify.annotations.NullMarked;
