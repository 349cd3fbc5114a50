@NullMarked
package cn.kunming.kjj.carrier.publicity.ui;

import org.jspecify.annotations.NullMarked;
