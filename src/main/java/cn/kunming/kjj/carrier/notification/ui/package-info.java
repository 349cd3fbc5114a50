@NullMarked
package cn.kunming.kjj.carrier.notification.ui;

import org.jspecify.annotations.NullMarked;
