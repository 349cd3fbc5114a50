@NullMarked
package cn.kunming.kjj.carrier.search.ui;

import org.jspecify.annotations.NullMarked;
