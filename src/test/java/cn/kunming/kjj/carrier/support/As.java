package cn.kunming.kjj.carrier.support;

import cn.kunming.kjj.carrier.common.AccountId;
import cn.kunming.kjj.carrier.common.UnitId;
import org.jspecify.annotations.Nullable;
import cn.kunming.kjj.carrier.common.TenantId;
import cn.kunming.kjj.carrier.security.PortalUser;
import cn.kunming.kjj.carrier.security.Role;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;

import java.util.List;

/** Signs a principal in for service tests (no UI): scope then comes from it, as in production. */
public final class As {

    private As() {
    }

    /** With a made-up account number (negative ones stand for accounts the database does not hold). */
    public static PortalUser user(long accountId, Role role, String tenant, @Nullable UnitId unitId) {
        return user(AccountId.of(accountId), role, tenant, unitId);
    }

    public static PortalUser user(AccountId accountId, Role role, String tenant, @Nullable UnitId unitId) {
        PortalUser user = new PortalUser(accountId, "u" + accountId, "测试用户" + accountId, role,
                tenant == null ? null : new TenantId(tenant), unitId);
        signIn(user);
        return user;
    }

    public static PortalUser role(Role role, String tenant) {
        return user(-1, role, tenant, null);
    }

    public static void signIn(PortalUser user) {
        SecurityContextHolder.getContext().setAuthentication(UsernamePasswordAuthenticationToken.authenticated(
                user, null, List.of(new SimpleGrantedAuthority(user.role().authority()))));
    }

    public static void signOut() {
        SecurityContextHolder.clearContext();
    }
}
