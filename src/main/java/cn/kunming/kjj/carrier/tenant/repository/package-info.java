@NullMarked
package cn.kunming.kjj.carrier.tenant.repository;

import org.jspecify.annotations.NullMarked;
