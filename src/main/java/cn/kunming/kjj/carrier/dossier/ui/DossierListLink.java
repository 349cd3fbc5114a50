package cn.kunming.kjj.carrier.dossier.ui;

import cn.kunming.kjj.carrier.common.CallId;
import cn.kunming.kjj.carrier.common.CarrierKind;
import cn.kunming.kjj.carrier.common.TenantId;
import cn.kunming.kjj.carrier.common.ui.QueryParams;
import cn.kunming.kjj.carrier.dossier.DossierFilter;
import cn.kunming.kjj.carrier.dossier.DossierStage;
import cn.kunming.kjj.carrier.dossier.DossierStatus;
import cn.kunming.kjj.carrier.dossier.DossierSort;
import com.vaadin.flow.data.provider.QuerySortOrder;
import com.vaadin.flow.data.provider.SortDirection;
import com.vaadin.flow.router.QueryParameters;

import java.util.List;

/** The officers' dossier list with filters, as a link (for the dashboards) and back. */
public final class DossierListLink {

    public static final String ROUTE = "call-dossiers";

    private DossierListLink() {
    }

    public static String href(DossierFilter f) {
        return new QueryParams().put("call", f.callId()).put("stage", f.stage()).put("kind", f.kind())
                .put("tenant", f.tenant() == null ? null : f.tenant().value()).put("field", f.field())
                .put("year", f.year()).put("status", f.status()).href(ROUTE);
    }

    static DossierFilter parse(QueryParameters q) {
        return DossierFilter.none()
                .withCall(QueryParams.read(q, "call", s -> CallId.of(Long.parseLong(s))))
                .withStage(QueryParams.read(q, "stage", DossierStage::valueOf))
                .withKind(QueryParams.read(q, "kind", CarrierKind::valueOf))
                .withTenant(QueryParams.read(q, "tenant", TenantId::new))
                .withField(QueryParams.read(q, "field", s -> s))
                .withYear(QueryParams.readInt(q, "year", 1900, 9999))
                .withStatus(QueryParams.read(q, "status", DossierStatus::valueOf));
    }

    /** A grid's first sort order as a list's order (its sort property is the column's name); the fallback when none. */
    public static DossierSort sortOf(List<QuerySortOrder> orders, DossierSort fallback) {
        return orders.stream().findFirst().map(o -> DossierSort.parse((o.getDirection() == SortDirection.DESCENDING
                ? "-" : "") + o.getSorted(), fallback)).orElse(fallback);
    }
}
