@NullMarked
package cn.kunming.kjj.carrier.document;

import org.jspecify.annotations.NullMarked;
