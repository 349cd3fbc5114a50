@NullMarked
package cn.kunming.kjj.carrier.credit.repository;

import org.jspecify.annotations.NullMarked;
