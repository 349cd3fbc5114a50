@NullMarked
package cn.kunming.kjj.carrier.termination.repository;

import org.jspecify.annotations.NullMarked;
