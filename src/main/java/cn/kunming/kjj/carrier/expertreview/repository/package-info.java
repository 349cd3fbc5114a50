@NullMarked
package cn.kunming.kjj.carrier.expertreview.repository;

import org.jspecify.annotations.NullMarked;
