package cn.kunming.kjj.carrier.security;

import cn.kunming.kjj.carrier.common.AccountId;
import cn.kunming.kjj.carrier.common.UnitId;
import cn.kunming.kjj.carrier.common.TenantId;

import java.io.Serializable;
import java.security.Principal;

/**
 * The authenticated principal. Everything that scopes data starts here, never at a URL or a form field.
 *
 * @param tenantId the tenant of an officer, or the tenant of an applicant's unit; null for roles without one
 * @param unitId   the host unit of an applicant; null otherwise
 */
public record PortalUser(AccountId accountId, String username, String displayName, Role role,
                         TenantId tenantId, UnitId unitId) implements Principal, Serializable {

    @Override
    public String getName() {
        return username;
    }

    public TenantScope scope() {
        return TenantScope.of(this);
    }
}
