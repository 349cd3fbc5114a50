@NullMarked
package cn.kunming.kjj.carrier.preference.ui;

import org.jspecify.annotations.NullMarked;
