package cn.kunming.kjj.carrier.tenant.ui;

import cn.kunming.kjj.carrier.common.UnitId;

/**
 * A host unit's own page (its dossiers and carriers, issue 25), as every list that names a unit opens it. The page
 * lives with the dossiers, which see both; the lists of carriers and units reach it by its address.
 */
public final class UnitLink {

    public static final String ROUTE = "units";

    private UnitLink() {
    }

    public static String of(UnitId unit) {
        return ROUTE + "/" + unit.value();
    }
}
