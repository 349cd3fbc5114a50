@NullMarked
package cn.kunming.kjj.carrier.expertreview.ui;

import org.jspecify.annotations.NullMarked;
