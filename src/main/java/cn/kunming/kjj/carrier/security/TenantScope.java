package cn.kunming.kjj.carrier.security;

import cn.kunming.kjj.carrier.common.UnitId;
import cn.kunming.kjj.carrier.common.TenantId;
import org.jspecify.annotations.Nullable;

/**
 * Which tenant-owned records a caller may see. Derived from the authenticated {@link PortalUser} only,
 * and passed explicitly to every query of tenant-owned data.
 */
public sealed interface TenantScope {

    /** Whether a record owned by this tenant (and, where known, this unit) is visible. */
    boolean allows(TenantId tenant, @Nullable UnitId unitId);

    /** The bureau: every tenant. */
    record All() implements TenantScope {
        @Override
        public boolean allows(TenantId tenant, @Nullable UnitId unitId) {
            return true;
        }
    }

    /** A district or zone officer: its own tenant. */
    record OfTenant(TenantId tenant) implements TenantScope {
        @Override
        public boolean allows(TenantId other, @Nullable UnitId unitId) {
            return tenant.equals(other);
        }
    }

    /** An applicant: its own unit, which lies in one tenant. */
    record OfUnit(TenantId tenant, UnitId unitId) implements TenantScope {
        @Override
        public boolean allows(TenantId other, @Nullable UnitId otherUnit) {
            return tenant.equals(other) && unitId.equals(otherUnit);
        }
    }

    /**
     * Experts, industry authorities and the administrator roles: no tenant-owned data by virtue of the role. An expert
     * reads through its assignments, an authority through its fields (dedicated queries, decision 0030).
     */
    record None() implements TenantScope {
        @Override
        public boolean allows(TenantId tenant, @Nullable UnitId unitId) {
            return false;
        }
    }

    static TenantScope of(PortalUser user) {
        return switch (user.role()) {
            case BUREAU_OFFICER -> new All();
            case DISTRICT_OFFICER -> new OfTenant(user.requireTenant());
            case APPLICANT -> new OfUnit(user.requireTenant(), user.requireUnit());
            case EXPERT, INDUSTRY_AUTHORITY, ADMIN, SECURITY_ADMIN, AUDITOR -> new None();
        };
    }
}
