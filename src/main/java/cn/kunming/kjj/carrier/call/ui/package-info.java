@NullMarked
package cn.kunming.kjj.carrier.call.ui;

import org.jspecify.annotations.NullMarked;
