@NullMarked
package cn.kunming.kjj.carrier.common.ui;

import org.jspecify.annotations.NullMarked;
