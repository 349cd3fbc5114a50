@NullMarked
package cn.kunming.kjj.carrier.notification.repository;

import org.jspecify.annotations.NullMarked;
