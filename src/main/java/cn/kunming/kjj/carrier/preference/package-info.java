/** Each person's own way of showing a list: which columns, how wide (issue 25, decision 0034). */
@NullMarked
package cn.kunming.kjj.carrier.preference;

import org.jspecify.annotations.NullMarked;
