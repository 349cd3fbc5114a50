@NullMarked
package cn.kunming.kjj.carrier.eligibility;

import org.jspecify.annotations.NullMarked;
