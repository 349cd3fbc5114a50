@NullMarked
package cn.kunming.kjj.carrier.calendar.ui;

import org.jspecify.annotations.NullMarked;
