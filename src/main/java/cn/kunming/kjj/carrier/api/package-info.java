@NullMarked
package cn.kunming.kjj.carrier.api;

import org.jspecify.annotations.NullMarked;
