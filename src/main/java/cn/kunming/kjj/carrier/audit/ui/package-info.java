@NullMarked
package cn.kunming.kjj.carrier.audit.ui;

import org.jspecify.annotations.NullMarked;
