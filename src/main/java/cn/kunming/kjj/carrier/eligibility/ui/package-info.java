@NullMarked
package cn.kunming.kjj.carrier.eligibility.ui;

import org.jspecify.annotations.NullMarked;
