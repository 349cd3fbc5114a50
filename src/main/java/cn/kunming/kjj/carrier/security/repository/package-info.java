@NullMarked
package cn.kunming.kjj.carrier.security.repository;

import org.jspecify.annotations.NullMarked;
