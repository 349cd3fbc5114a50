@NullMarked
package cn.kunming.kjj.carrier.preference.repository;

import org.jspecify.annotations.NullMarked;
