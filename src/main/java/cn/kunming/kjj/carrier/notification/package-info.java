@NullMarked
package cn.kunming.kjj.carrier.notification;

import org.jspecify.annotations.NullMarked;
