@NullMarked
package cn.kunming.kjj.carrier.dossier;

import org.jspecify.annotations.NullMarked;
