@NullMarked
package cn.kunming.kjj.carrier.dashboard.repository;

import org.jspecify.annotations.NullMarked;
