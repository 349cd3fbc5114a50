@NullMarked
package cn.kunming.kjj.carrier.calendar;

import org.jspecify.annotations.NullMarked;
