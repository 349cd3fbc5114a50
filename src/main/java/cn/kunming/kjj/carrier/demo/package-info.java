@NullMarked
package cn.kunming.kjj.carrier.demo;

import org.jspecify.annotations.NullMarked;
