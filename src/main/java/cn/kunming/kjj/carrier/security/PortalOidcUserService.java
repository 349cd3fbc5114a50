package cn.kunming.kjj.carrier.security;

import cn.kunming.kjj.carrier.common.TenantId;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserRequest;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserService;
import org.springframework.security.oauth2.client.userinfo.OAuth2UserService;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.oauth2.core.OAuth2Error;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;
import org.springframework.stereotype.Component;
import org.jspecify.annotations.Nullable;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Turns a successful login at the identity provider into a portal user: role, tenant and unit from the token's
 * claims, a shadow account linked by issuer and subject. A token the portal cannot place is refused, audited,
 * and answered by the no-access page.
 */
@Component
class PortalOidcUserService implements OAuth2UserService<OidcUserRequest, OidcUser> {

    /** The OAuth2 error code that sends the browser to the no-access page. */
    static final String NO_ACCESS = "portal_no_access";

    private final OidcUserService provider = new OidcUserService();
    private final SsoAccountLinker linker;
    private final Organisations organisations;
    private final Clock clock;
    private final ClaimMapping.ClaimNames claimNames;

    PortalOidcUserService(SsoAccountLinker linker, Organisations organisations, Clock clock,
                          @Value("${portal.sso.claims.roles:roles}") String rolesClaim,
                          @Value("${portal.sso.claims.tenant:tenant}") String tenantClaim,
                          @Value("${portal.sso.claims.unit:unit}") String unitClaim) {
        this.linker = linker;
        this.organisations = organisations;
        this.clock = clock;
        this.claimNames = new ClaimMapping.ClaimNames(rolesClaim, tenantClaim, unitClaim);
    }

    @Override
    public OidcUser loadUser(OidcUserRequest request) throws OAuth2AuthenticationException {
        return toPortalUser(provider.loadUser(request));
    }

    /** The mapping on its own, for a user the provider has already vouched for. */
    OidcUser toPortalUser(OidcUser user) {
        SsoAccountLinker.Identity who = new SsoAccountLinker.Identity(String.valueOf(user.getIssuer()),
                user.getSubject(), user.getPreferredUsername(), displayName(user), user.getEmail());
        LocalDate today = LocalDate.now(clock);
        Set<TenantId> validTenants = organisations.tenantsValidOn(today);
        ClaimMapping.Result result = ClaimMapping.map(user.getClaims(), claimNames, validTenants,
                organisations.authorities(),
                organisations::tenantOfUnit);
        if (result instanceof ClaimMapping.Refused refused) {
            throw noAccess(linker.refuse(who, refused));
        }
        ClaimMapping.Result linked = linker.link(who, (ClaimMapping.Granted) result);
        if (linked instanceof ClaimMapping.Refused refused) {
            throw noAccess(refused);
        }
        PortalUser portalUser = linker.portalUser(who);
        return new PortalOidcUser(user, portalUser, List.of(new SimpleGrantedAuthority(portalUser.role().authority())));
    }

    /** Chinese names read family name first (王小华), which the provider's "name" claim does not do. */
    static @Nullable String displayName(OidcUser user) {
        String family = user.getFamilyName();
        String given = user.getGivenName();
        if (family != null && given != null && (family + given).codePoints()
                .anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN)) {
            return family + given;
        }
        return user.getFullName();
    }

    private static OAuth2AuthenticationException noAccess(ClaimMapping.Refused refused) {
        return new OAuth2AuthenticationException(new OAuth2Error(NO_ACCESS, refused.reason().name(), null));
    }
}
