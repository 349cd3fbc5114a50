@NullMarked
package cn.kunming.kjj.carrier.termination.ui;

import org.jspecify.annotations.NullMarked;
