@NullMarked
package cn.kunming.kjj.carrier.dossier.ui;

import org.jspecify.annotations.NullMarked;
