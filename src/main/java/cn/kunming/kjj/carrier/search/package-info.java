/** Finding a dossier, unit, carrier or expert by name, credit code or number, within the reader's scope (issue 25). */
@NullMarked
package cn.kunming.kjj.carrier.search;

import org.jspecify.annotations.NullMarked;
