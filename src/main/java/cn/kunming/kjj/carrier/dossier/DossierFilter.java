package cn.kunming.kjj.carrier.dossier;

import cn.kunming.kjj.carrier.common.CallId;
import cn.kunming.kjj.carrier.common.CarrierKind;
import cn.kunming.kjj.carrier.common.SearchTerm;
import cn.kunming.kjj.carrier.common.TenantId;
import org.jspecify.annotations.Nullable;
import cn.kunming.kjj.carrier.common.UnitId;

import java.util.Set;

/**
 * Filters of the officers' dossier list; a null (or empty) field does not filter. {@code statuses} is usually the
 * states of one {@link DossierStage} (how far a dossier has come); {@code status} is the state it is in now, beside
 * it (issue 25: 已提交 as a stage also lists rejected and approved dossiers); {@code field} is matched exactly (the
 * dashboard groups by it); {@code year} is the year of the call; {@code unit} is one host unit's dossiers; {@code text}
 * is what the reader searched for.
 */
public record DossierFilter(@Nullable CallId callId, Set<DossierStatus> statuses, @Nullable CarrierKind kind,
                            @Nullable TenantId tenant, @Nullable String field, @Nullable Integer year,
                            @Nullable DossierStatus status, @Nullable UnitId unit, @Nullable SearchTerm text) {

    public DossierFilter(@Nullable CallId callId, Set<DossierStatus> statuses, @Nullable CarrierKind kind,
                         @Nullable TenantId tenant, @Nullable String field, @Nullable Integer year) {
        this(callId, statuses, kind, tenant, field, year, null, null, null);
    }

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

    public static DossierFilter ofCall(@Nullable CallId callId) {
        return none().withCall(callId);
    }

    public DossierFilter withCall(@Nullable CallId call) {
        return new DossierFilter(call, statuses, kind, tenant, field, year, status, unit, text);
    }

    public DossierFilter withStage(@Nullable DossierStage stage) {
        return withStatuses(stage == null ? Set.of() : stage.statuses());
    }

    public DossierFilter withStatuses(Set<DossierStatus> states) {
        return new DossierFilter(callId, states, kind, tenant, field, year, status, unit, text);
    }

    public DossierFilter withKind(@Nullable CarrierKind k) {
        return new DossierFilter(callId, statuses, k, tenant, field, year, status, unit, text);
    }

    public DossierFilter withTenant(@Nullable TenantId t) {
        return new DossierFilter(callId, statuses, kind, t, field, year, status, unit, text);
    }

    public DossierFilter withField(@Nullable String f) {
        return new DossierFilter(callId, statuses, kind, tenant, f, year, status, unit, text);
    }

    public DossierFilter withYear(@Nullable Integer y) {
        return new DossierFilter(callId, statuses, kind, tenant, field, y, status, unit, text);
    }

    /** The state the dossiers are in now, within whatever stage is chosen. */
    public DossierFilter withStatus(@Nullable DossierStatus s) {
        return new DossierFilter(callId, statuses, kind, tenant, field, year, s, unit, text);
    }

    public DossierFilter withUnit(@Nullable UnitId u) {
        return new DossierFilter(callId, statuses, kind, tenant, field, year, status, u, text);
    }

    /** Rows whose name, unit (name or credit code) or number match what the reader typed (issue 25). */
    public DossierFilter withText(@Nullable SearchTerm t) {
        return new DossierFilter(callId, statuses, kind, tenant, field, year, status, unit, t);
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
