@NullMarked
package cn.kunming.kjj.carrier.security;

import org.jspecify.annotations.NullMarked;
