package cn.kunming.kjj.carrier.carrier.ui;

import cn.kunming.kjj.carrier.carrier.CarrierFilter;
import cn.kunming.kjj.carrier.carrier.CarrierStatus;
import cn.kunming.kjj.carrier.carrier.SubsidyState;
import cn.kunming.kjj.carrier.common.CarrierKind;
import cn.kunming.kjj.carrier.common.TenantId;
import cn.kunming.kjj.carrier.common.SearchTerm;
import cn.kunming.kjj.carrier.common.ui.ListSearch;
import cn.kunming.kjj.carrier.common.ui.QueryParams;
import com.vaadin.flow.router.QueryParameters;

/** The carrier register with filters, as a link (for the dashboards) and back. */
public final class CarrierListLink {

    public static final String ROUTE = "carriers";

    private CarrierListLink() {
    }

    public static String href(CarrierFilter f) {
        return state(f).href(ROUTE);
    }

    static QueryParams state(CarrierFilter f) {
        return new QueryParams().put("kind", f.kind()).put("status", f.status()).put("field", f.field())
                .put("exact", f.exactField() && f.field() != null ? "1" : null)
                .put("tenant", f.tenant() == null ? null : f.tenant().value()).put("year", f.year())
                .put("subsidy", f.subsidy()).put(ListSearch.PARAMETER, SearchTerm.textOf(f.text()));
    }

    static CarrierFilter parse(QueryParameters q) {
        return new CarrierFilter(QueryParams.read(q, "kind", CarrierKind::valueOf),
                QueryParams.read(q, "status", CarrierStatus::valueOf), QueryParams.read(q, "field", s -> s),
                QueryParams.read(q, "tenant", TenantId::new), QueryParams.readInt(q, "year", 1900, 9999),
                QueryParams.read(q, "subsidy", SubsidyState::valueOf), "1".equals(QueryParams.read(q, "exact", s -> s)))
                .withText(ListSearch.termOf(q));
    }
}
