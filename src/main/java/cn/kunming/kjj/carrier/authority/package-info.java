/**
 * Industry authorities (行业主管部门, P4.4, P4.5, M5.1; decision 0030): the fields the bureau consults each on, expert
 * nominations, and the authority's own reading of the dossiers and carriers of its fields.
 */
@NullMarked
package cn.kunming.kjj.carrier.authority;

import org.jspecify.annotations.NullMarked;
