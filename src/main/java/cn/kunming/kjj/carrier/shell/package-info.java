@NullMarked
package cn.kunming.kjj.carrier.shell;

import org.jspecify.annotations.NullMarked;
