@NullMarked
package cn.kunming.kjj.carrier.expert;

import org.jspecify.annotations.NullMarked;
