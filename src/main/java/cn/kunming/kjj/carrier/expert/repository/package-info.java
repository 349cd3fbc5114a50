@NullMarked
package cn.kunming.kjj.carrier.expert.repository;

import org.jspecify.annotations.NullMarked;
