package cn.kunming.kjj.carrier.carrier;

import cn.kunming.kjj.carrier.common.CarrierKind;
import cn.kunming.kjj.carrier.common.SearchTerm;
import cn.kunming.kjj.carrier.common.TenantId;
import org.jspecify.annotations.Nullable;
import cn.kunming.kjj.carrier.common.UnitId;

/**
 * Filters of the register; a null field does not filter. {@code year} is the year of approval; {@code field} matches
 * part of the field as typed, or the whole field when {@code exactField} (as the dashboard groups it);
 * {@code subsidy} selects by where the carrier's subsidy stands (M5.2, M5.3); {@code unit} is one host unit's;
 * {@code text} is what the reader searched for.
 */
public record CarrierFilter(@Nullable CarrierKind kind, @Nullable CarrierStatus status, @Nullable String field,
                            @Nullable TenantId tenant, @Nullable Integer year, @Nullable SubsidyState subsidy,
                            boolean exactField, @Nullable UnitId unit, @Nullable SearchTerm text) {

    public CarrierFilter(@Nullable CarrierKind kind, @Nullable CarrierStatus status, @Nullable String field,
                         @Nullable TenantId tenant, @Nullable Integer year) {
        this(kind, status, field, tenant, year, null, false, null, null);
    }

    public CarrierFilter(@Nullable CarrierKind kind, @Nullable CarrierStatus status, @Nullable String field,
                         @Nullable TenantId tenant, @Nullable Integer year, @Nullable SubsidyState subsidy,
                         boolean exactField) {
        this(kind, status, field, tenant, year, subsidy, exactField, null, null);
    }

    public CarrierFilter {
        field = field == null || field.isBlank() ? null : field.strip();
        if (year != null && (year < 1900 || year > 9999)) {
            throw new cn.kunming.kjj.carrier.common.PortalException("filter.yearInvalid");
        }
    }

    public static CarrierFilter none() {
        return new CarrierFilter(null, null, null, null, null);
    }

    public CarrierFilter withKind(@Nullable CarrierKind k) {
        return new CarrierFilter(k, status, field, tenant, year, subsidy, exactField, unit, text);
    }

    public CarrierFilter withStatus(@Nullable CarrierStatus s) {
        return new CarrierFilter(kind, s, field, tenant, year, subsidy, exactField, unit, text);
    }

    public CarrierFilter withExactField(@Nullable String f) {
        return new CarrierFilter(kind, status, f, tenant, year, subsidy, true, unit, text);
    }

    public CarrierFilter withTenant(@Nullable TenantId t) {
        return new CarrierFilter(kind, status, field, t, year, subsidy, exactField, unit, text);
    }

    public CarrierFilter withYear(@Nullable Integer y) {
        return new CarrierFilter(kind, status, field, tenant, y, subsidy, exactField, unit, text);
    }

    public CarrierFilter withSubsidy(@Nullable SubsidyState s) {
        return new CarrierFilter(kind, status, field, tenant, year, s, exactField, unit, text);
    }

    /** Carriers whose name, unit (name or credit code) or number match what the reader typed (issue 25). */
    public CarrierFilter withText(@Nullable SearchTerm t) {
        return new CarrierFilter(kind, status, field, tenant, year, subsidy, exactField, unit, t);
    }

    /** One host unit's carriers (its page, issue 25). */
    public CarrierFilter withUnit(@Nullable UnitId u) {
        return new CarrierFilter(kind, status, field, tenant, year, subsidy, exactField, u, text);
    }
}
