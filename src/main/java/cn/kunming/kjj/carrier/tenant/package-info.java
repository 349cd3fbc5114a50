@NullMarked
package cn.kunming.kjj.carrier.tenant;

import org.jspecify.annotations.NullMarked;
