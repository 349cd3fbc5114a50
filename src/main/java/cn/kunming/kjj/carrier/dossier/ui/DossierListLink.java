package cn.kunming.kjj.carrier.dossier.ui;

import cn.kunming.kjj.carrier.common.CallId;
import cn.kunming.kjj.carrier.common.CarrierKind;
import cn.kunming.kjj.carrier.common.TenantId;
import cn.kunming.kjj.carrier.common.ui.QueryParams;
import cn.kunming.kjj.carrier.dossier.DossierFilter;
import cn.kunming.kjj.carrier.dossier.DossierStage;
import cn.kunming.kjj.carrier.dossier.DossierStatus;
import com.vaadin.flow.router.QueryParameters;

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
}
