package cn.kunming.kjj.carrier.security;

import cn.kunming.kjj.carrier.common.UnitId;
import cn.kunming.kjj.carrier.common.TenantId;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * What sign-in and account administration need to know of districts and units. The tenant feature answers; security,
 * which the tenant feature uses for its accounts, depends on no feature above it.
 */
public interface Organisations {

    /** The districts and zones in force on the day (a claim naming another is refused). */
    Set<TenantId> tenantsValidOn(LocalDate day);

    /** The district a unit belongs to; empty for an unknown unit. */
    Optional<TenantId> tenantOfUnit(UnitId unitId);

    /** Every district and zone, for choosing an officer's tenant. */
    List<TenantChoice> tenants();

    /** The tenants that are industry authorities (行业主管部门), in force or not: the only tenants of that role. */
    Set<TenantId> authorities();

    record TenantChoice(TenantId id, String name, String nameEn) {

        public String displayName(boolean english) {
            return english ? nameEn : name;
        }
    }
}
