@NullMarked
package cn.kunming.kjj.carrier.credit.ui;

import org.jspecify.annotations.NullMarked;
