@NullMarked
package cn.kunming.kjj.carrier.expert.ui;

import org.jspecify.annotations.NullMarked;
