package cn.kunming.kjj.carrier.security;

import cn.kunming.kjj.carrier.common.UnitId;
import cn.kunming.kjj.carrier.common.TenantId;
import org.jspecify.annotations.Nullable;

import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Stream;

/**
 * How an identity provider's token becomes a portal role and scope. Pure: the caller says which tenants and units
 * exist. Only the portal's eight roles count; the provider's own (offline_access, default-roles-…) are ignored.
 */
public final class ClaimMapping {

    /** Names of the claims, configurable per provider. */
    public record ClaimNames(String roles, String tenant, String unit) {
        public static final ClaimNames DEFAULT = new ClaimNames("roles", "tenant", "unit");
    }

    /** Why a signed-in person gets no access; each has a message for the no-access page. */
    public enum Refusal {
        NO_PORTAL_ROLE, SEVERAL_PORTAL_ROLES, TENANT_MISSING, TENANT_UNKNOWN, TENANT_NOT_ALLOWED_FOR_ROLE,
        UNIT_MISSING, UNIT_UNKNOWN, UNIT_OUTSIDE_TENANT, ACCOUNT_DISABLED;

        public String messageKey() {
            return "noAccess." + name();
        }
    }

    public sealed interface Result {
    }

    public record Granted(Role role, @Nullable TenantId tenant, @Nullable UnitId unitId) implements Result {
    }

    public record Refused(Refusal reason, String detail) implements Result {
    }

    private ClaimMapping() {
    }

    /**
     * @param tenants     the tenants that exist (valid today)
     * @param authorities those of them that are industry authorities (行业主管部门), the only tenants of that role
     * @param unitTenant  the tenant of a unit, or empty when there is no such unit
     */
    public static Result map(Map<String, ? extends @Nullable Object> claims, ClaimNames names, Set<TenantId> tenants,
                             Set<TenantId> authorities, Function<UnitId, Optional<TenantId>> unitTenant) {
        Set<Role> roles = new LinkedHashSet<>();
        values(claims.get(names.roles())).forEach(v -> {
            for (Role r : Role.values()) {
                if (r.name().equals(v)) {
                    roles.add(r);
                }
            }
        });
        if (roles.isEmpty()) {
            return new Refused(Refusal.NO_PORTAL_ROLE, String.valueOf(claims.get(names.roles())));
        }
        if (roles.size() > 1) {
            // one person, one duty: the separated administrator roles must never meet in one account
            return new Refused(Refusal.SEVERAL_PORTAL_ROLES, roles.toString());
        }
        Role role = roles.iterator().next();
        List<String> tenantValues = values(claims.get(names.tenant())).distinct().toList();
        if (tenantValues.size() > 1) {
            return new Refused(Refusal.TENANT_UNKNOWN, tenantValues.toString());
        }
        TenantId tenant = tenantValues.isEmpty() ? null : new TenantId(tenantValues.getFirst());
        if (tenant != null && !tenants.contains(tenant)) {
            return new Refused(Refusal.TENANT_UNKNOWN, tenant.value());
        }
        return switch (role) {
            case BUREAU_OFFICER -> tenant == null ? new Refused(Refusal.TENANT_MISSING, role.name())
                    : TenantId.BUREAU.equals(tenant) ? new Granted(role, tenant, null)
                    : new Refused(Refusal.TENANT_NOT_ALLOWED_FOR_ROLE, tenant.value());
            case DISTRICT_OFFICER -> tenant == null ? new Refused(Refusal.TENANT_MISSING, role.name())
                    : TenantId.BUREAU.equals(tenant) || authorities.contains(tenant)
                    ? new Refused(Refusal.TENANT_NOT_ALLOWED_FOR_ROLE, tenant.value())
                    : new Granted(role, tenant, null);
            case INDUSTRY_AUTHORITY -> tenant == null ? new Refused(Refusal.TENANT_MISSING, role.name())
                    : authorities.contains(tenant) ? new Granted(role, tenant, null)
                    : new Refused(Refusal.TENANT_NOT_ALLOWED_FOR_ROLE, tenant.value());
            case APPLICANT -> applicant(claims.get(names.unit()), tenant, unitTenant);
            case EXPERT, ADMIN, SECURITY_ADMIN, AUDITOR -> new Granted(role, null, null);
        };
    }

    private static Result applicant(@Nullable Object unitClaim, @Nullable TenantId claimedTenant,
                                    Function<UnitId, Optional<TenantId>> unitTenant) {
        List<String> units = values(unitClaim).toList();
        if (units.isEmpty()) {
            return new Refused(Refusal.UNIT_MISSING, "");
        }
        UnitId unitId;
        try {
            unitId = UnitId.of(Long.parseLong(units.getFirst()));
        } catch (NumberFormatException e) {
            return new Refused(Refusal.UNIT_UNKNOWN, units.getFirst());
        }
        Optional<TenantId> tenantOfUnit = unitTenant.apply(unitId);
        if (tenantOfUnit.isEmpty()) {
            return new Refused(Refusal.UNIT_UNKNOWN, units.getFirst());
        }
        if (claimedTenant != null && !claimedTenant.equals(tenantOfUnit.get())) {
            return new Refused(Refusal.UNIT_OUTSIDE_TENANT, unitId + "@" + claimedTenant.value());
        }
        return new Granted(Role.APPLICANT, tenantOfUnit.get(), unitId);
    }

    /** A claim as a list of strings: a JSON array, or one string with several values separated by commas or spaces. */
    static Stream<String> values(@Nullable Object claim) {
        if (claim == null) {
            return Stream.empty();
        }
        if (claim instanceof Collection<?> c) {
            return c.stream().filter(java.util.Objects::nonNull).map(Object::toString).map(String::strip)
                    .filter(s -> !s.isEmpty());
        }
        return Stream.of(claim.toString().split("[,\\s]+")).map(String::strip).filter(s -> !s.isEmpty());
    }
}
