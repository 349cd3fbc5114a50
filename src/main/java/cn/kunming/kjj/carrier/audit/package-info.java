@NullMarked
package cn.kunming.kjj.carrier.audit;

import org.jspecify.annotations.NullMarked;
