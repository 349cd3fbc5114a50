@NullMarked
package cn.kunming.kjj.carrier.calendar.repository;

import org.jspecify.annotations.NullMarked;
