@NullMarked
package cn.kunming.kjj.carrier.tenant.ui;

import org.jspecify.annotations.NullMarked;
