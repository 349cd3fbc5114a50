@NullMarked
package cn.kunming.kjj.carrier.audit.repository;

import org.jspecify.annotations.NullMarked;
