@NullMarked
package cn.kunming.kjj.carrier.termination;

import org.jspecify.annotations.NullMarked;
