@NullMarked
package cn.kunming.kjj.carrier.carrier.ui;

import org.jspecify.annotations.NullMarked;
