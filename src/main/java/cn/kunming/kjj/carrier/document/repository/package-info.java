@NullMarked
package cn.kunming.kjj.carrier.document.repository;

import org.jspecify.annotations.NullMarked;
