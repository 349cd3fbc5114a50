@NullMarked
package cn.kunming.kjj.carrier.authority.ui;

import org.jspecify.annotations.NullMarked;
