@NullMarked
package cn.kunming.kjj.carrier.document.ui;

import org.jspecify.annotations.NullMarked;
