package cn.kunming.kjj.carrier.tenant;

import org.jspecify.annotations.Nullable;
import cn.kunming.kjj.carrier.common.TenantId;

import java.time.LocalDate;

/** A tenant that owns data. Valid from/to because districts and zones are created, merged and renamed. */
public record Tenant(TenantId id, String name, String nameEn, TenantType type, @Nullable String divisionCode,
                     LocalDate validFrom, @Nullable LocalDate validTo, int sortOrder, int version) {

    public boolean validOn(LocalDate day) {
        return !day.isBefore(validFrom) && (validTo == null || !day.isAfter(validTo));
    }

    /** A district or zone that recommends its units (P4.3): neither the bureau nor an industry authority. */
    public boolean recommends() {
        return type.recommends();
    }

    public boolean industryAuthority() {
        return type == TenantType.INDUSTRY_AUTHORITY;
    }

    public String displayName(boolean english) {
        return english ? nameEn : name;
    }
}
