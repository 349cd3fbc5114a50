@NullMarked
package cn.kunming.kjj.carrier.security.ui;

import org.jspecify.annotations.NullMarked;
