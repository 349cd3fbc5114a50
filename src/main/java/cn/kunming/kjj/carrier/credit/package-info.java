@NullMarked
package cn.kunming.kjj.carrier.credit;

import org.jspecify.annotations.NullMarked;
