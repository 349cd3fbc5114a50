@NullMarked
package cn.kunming.kjj.carrier.majorchange.ui;

import org.jspecify.annotations.NullMarked;
