package cn.kunming.kjj.carrier.dossier;

import cn.kunming.kjj.carrier.common.CallId;
import cn.kunming.kjj.carrier.common.CarrierKind;
import cn.kunming.kjj.carrier.common.TenantId;
import org.jspecify.annotations.Nullable;

import java.util.Set;

/**
 * Filters of the officers' dossier list; a null (or empty) field does not filter. {@code statuses} is usually the
 * states of one {@link DossierStage}; {@code field} is matched exactly (the dashboard groups by it); {@code year} is
 * the year of the call.
 */
public record DossierFilter(@Nullable CallId callId, Set<DossierStatus> statuses, @Nullable CarrierKind kind,
                            @Nullable TenantId tenant, @Nullable String field, @Nullable Integer year) {

    public DossierFilter {
        statuses = statuses == null ? Set.of() : Set.copyOf(statuses);
        field = field == null || field.isBlank() ? null : field.strip();
        if (year != null && (year < 1900 || year > 9999)) {
            throw new cn.kunming.kjj.carrier.common.PortalException("filter.yearInvalid");
        }
    }

    public static DossierFilter none() {
        return new DossierFilter(null, Set.of(), null, null, null, null);
    }

    public static DossierFilter ofCall(CallId callId) {
        return none().withCall(callId);
    }

    public DossierFilter withCall(@Nullable CallId call) {
        return new DossierFilter(call, statuses, kind, tenant, field, year);
    }

    public DossierFilter withStage(@Nullable DossierStage stage) {
        return new DossierFilter(callId, stage == null ? Set.of() : stage.statuses(), kind, tenant, field, year);
    }

    public DossierFilter withKind(@Nullable CarrierKind k) {
        return new DossierFilter(callId, statuses, k, tenant, field, year);
    }

    public DossierFilter withTenant(@Nullable TenantId t) {
        return new DossierFilter(callId, statuses, kind, t, field, year);
    }

    public DossierFilter withField(@Nullable String f) {
        return new DossierFilter(callId, statuses, kind, tenant, f, year);
    }

    public DossierFilter withYear(@Nullable Integer y) {
        return new DossierFilter(callId, statuses, kind, tenant, field, y);
    }

    /** The stage whose states are exactly this filter's, if any. */
    public @Nullable DossierStage stage() {
        for (DossierStage s : DossierStage.values()) {
            if (s.statuses().equals(statuses)) {
                return s;
            }
        }
        return null;
    }
}
