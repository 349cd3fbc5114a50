@NullMarked
package cn.kunming.kjj.carrier.dossier.repository;

import org.jspecify.annotations.NullMarked;
