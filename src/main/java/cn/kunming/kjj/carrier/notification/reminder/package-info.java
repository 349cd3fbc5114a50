@NullMarked
package cn.kunming.kjj.carrier.notification.reminder;

import org.jspecify.annotations.NullMarked;
