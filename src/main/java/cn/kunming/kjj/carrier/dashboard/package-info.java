@NullMarked
package cn.kunming.kjj.carrier.dashboard;

import org.jspecify.annotations.NullMarked;
