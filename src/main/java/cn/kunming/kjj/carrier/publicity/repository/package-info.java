@NullMarked
package cn.kunming.kjj.carrier.publicity.repository;

import org.jspecify.annotations.NullMarked;
