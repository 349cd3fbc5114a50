@NullMarked
package cn.kunming.kjj.carrier.annualreport.repository;

import org.jspecify.annotations.NullMarked;
