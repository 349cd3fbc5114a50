@NullMarked
package cn.kunming.kjj.carrier.dashboard.ui;

import org.jspecify.annotations.NullMarked;
