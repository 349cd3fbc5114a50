package cn.kunming.kjj.carrier.security;

import cn.kunming.kjj.carrier.common.AccountId;
import cn.kunming.kjj.carrier.common.UnitId;
import cn.kunming.kjj.carrier.common.TenantId;
import org.jspecify.annotations.Nullable;

import java.io.Serializable;
import java.security.Principal;

/**
 * The authenticated principal. Everything that scopes data starts here, never at a URL or a form field.
 *
 * @param tenantId the tenant of an officer, or the tenant of an applicant's unit; null for roles without one
 * @param unitId   the host unit of an applicant; null otherwise
 */
public record PortalUser(AccountId accountId, String username, String displayName, Role role,
                         @Nullable TenantId tenantId, @Nullable UnitId unitId) implements Principal, Serializable {

    @Override
    public String getName() {
        return username;
    }

    /** The tenant of an officer, an industry authority or an applicant, whose accounts are bound to one. */
    public TenantId requireTenant() {
        if (tenantId == null) {
            throw new IllegalStateException(role + " " + username + " acts for no tenant");
        }
        return tenantId;
    }

    /** The unit of an applicant, whose account is bound to one. */
    public UnitId requireUnit() {
        if (unitId == null) {
            throw new IllegalStateException(role + " " + username + " acts for no unit");
        }
        return unitId;
    }

    public TenantScope scope() {
        return TenantScope.of(this);
    }
}
