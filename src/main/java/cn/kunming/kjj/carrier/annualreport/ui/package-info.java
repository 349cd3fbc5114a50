@NullMarked
package cn.kunming.kjj.carrier.annualreport.ui;

import org.jspecify.annotations.NullMarked;
