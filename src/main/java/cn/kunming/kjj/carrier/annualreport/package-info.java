@NullMarked
package cn.kunming.kjj.carrier.annualreport;

import org.jspecify.annotations.NullMarked;
