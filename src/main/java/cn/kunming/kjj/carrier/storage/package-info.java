@NullMarked
package cn.kunming.kjj.carrier.storage;

import org.jspecify.annotations.NullMarked;
