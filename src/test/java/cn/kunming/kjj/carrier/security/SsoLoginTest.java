package cn.kunming.kjj.carrier.security;

import cn.kunming.kjj.carrier.common.UnitId;
import cn.kunming.kjj.carrier.audit.AuditLog;
import cn.kunming.kjj.carrier.audit.AuditQuery;
import cn.kunming.kjj.carrier.security.repository.AccountRepository;
import cn.kunming.kjj.carrier.support.As;
import cn.kunming.kjj.carrier.support.Fixtures;
import cn.kunming.kjj.carrier.support.PortalSpringTest;
import cn.kunming.kjj.carrier.tenant.ActivationStatus;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.oauth2.core.oidc.OidcIdToken;
import org.springframework.security.oauth2.core.oidc.user.DefaultOidcUser;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;

import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** What happens after the provider has vouched for a person: mapping, provisioning, refusals, audit. */
@PortalSpringTest
class SsoLoginTest {

    private static final String ISSUER = "http://127.0.0.1:8180/realms/kunming";

    @Autowired
    PortalOidcUserService oidcUsers;
    @Autowired
    AccountRepository accounts;
    @Autowired
    AuditLog audit;
    @Autowired
    Fixtures fixtures;
    @Autowired
    LocalAccountAuthenticationProvider localLogin;

    @AfterEach
    void signOut() {
        As.signOut();
    }

    private static OidcUser providerUser(String subject, String username, Map<String, Object> portalClaims) {
        Map<String, Object> claims = new HashMap<>(portalClaims);
        claims.put("iss", ISSUER);
        claims.put("sub", subject);
        claims.put("preferred_username", username);
        claims.put("name", "小明 王");
        claims.put("given_name", "小明");
        claims.put("family_name", "王");
        claims.put("email", username + "@km.gov.cn");
        OidcIdToken token = new OidcIdToken("token", Instant.now(), Instant.now().plusSeconds(300), claims);
        return new DefaultOidcUser(List.of(), token);
    }

    private long auditCount(String actor, String action) {
        As.role(Role.AUDITOR, null);
        try {
            return audit.count(new AuditQuery(actor, action, null, null));
        } finally {
            As.signOut();
        }
    }

    @Test
    void theFirstLoginProvisionsAShadowAccountWithRoleAndTenantFromTheToken() {
        String subject = Fixtures.unique("sub-");
        String username = Fixtures.unique("wuhua.officer");
        OidcUser user = oidcUsers.toPortalUser(providerUser(subject, username,
                Map.of("roles", List.of("offline_access", "DISTRICT_OFFICER"), "tenant", "530102")));

        PortalUser portal = ((PortalOidcUser) user).portalUser();
        assertThat(portal.role()).isEqualTo(Role.DISTRICT_OFFICER);
        assertThat(portal.tenantId().value()).isEqualTo("530102");
        assertThat(portal.displayName()).isEqualTo("王小明");
        assertThat(user.getAuthorities()).extracting(Object::toString).containsExactly("ROLE_DISTRICT_OFFICER");
        assertThat(accounts.findByOidc(ISSUER, subject)).isPresent();
        assertThat(auditCount(portal.username(), "SSO_ACCOUNT_PROVISIONED")).isEqualTo(1);
    }

    @Test
    void aLaterLoginKeepsTheSameAccountAndFollowsARoleChangeAtTheProviderWithAnAuditEvent() {
        String subject = Fixtures.unique("sub-");
        String username = Fixtures.unique("mover");
        PortalUser first = ((PortalOidcUser) oidcUsers.toPortalUser(providerUser(subject, username,
                Map.of("roles", "DISTRICT_OFFICER", "tenant", "530102")))).portalUser();
        PortalUser second = ((PortalOidcUser) oidcUsers.toPortalUser(providerUser(subject, username,
                Map.of("roles", "DISTRICT_OFFICER", "tenant", "530103")))).portalUser();

        assertThat(second.accountId()).isEqualTo(first.accountId());
        assertThat(second.tenantId().value()).isEqualTo("530103");
        assertThat(auditCount(first.username(), "ACCOUNT_ROLE_CHANGED")).isEqualTo(1);
        assertThat(auditCount(first.username(), "LOGIN_SUCCEEDED")).isEqualTo(2);
    }

    @Test
    void tenSimultaneousSignInsAfterARoleChangeAtTheProviderChangeTheRoleOnceAndAuditItOnce() throws Exception {
        String subject = Fixtures.unique("sub-");
        String username = Fixtures.unique("tabs");
        PortalUser first = ((PortalOidcUser) oidcUsers.toPortalUser(providerUser(subject, username,
                Map.of("roles", "DISTRICT_OFFICER", "tenant", "530102")))).portalUser();

        List<Object> outcomes = cn.kunming.kjj.carrier.support.AtOnce.times(10, first, () ->
                ((PortalOidcUser) oidcUsers.toPortalUser(providerUser(subject, username,
                        Map.of("roles", "DISTRICT_OFFICER", "tenant", "530103")))).portalUser());

        assertThat(outcomes).allSatisfy(o -> assertThat(o).isInstanceOfSatisfying(PortalUser.class,
                u -> assertThat(u.tenantId().value()).as("every tab signed in, in the provider's tenant").isEqualTo("530103")));
        assertThat(auditCount(first.username(), "ACCOUNT_ROLE_CHANGED")).as("the change that landed, once").isEqualTo(1);
        assertThat(auditCount(first.username(), "LOGIN_SUCCEEDED")).isEqualTo(11);
    }

    @Test
    void aTokenWithoutPortalRoleIsRefusedWithTheReasonAndAnAuditEventAndNoAccount() {
        String subject = Fixtures.unique("sub-");
        String username = Fixtures.unique("visitor");
        assertThatThrownBy(() -> oidcUsers.toPortalUser(providerUser(subject, username,
                Map.of("roles", List.of("offline_access", "uma_authorization"), "tenant", "530102"))))
                .isInstanceOfSatisfying(OAuth2AuthenticationException.class, e -> {
                    assertThat(e.getError().getErrorCode()).isEqualTo(PortalOidcUserService.NO_ACCESS);
                    assertThat(e.getError().getDescription()).isEqualTo("NO_PORTAL_ROLE");
                });
        assertThat(accounts.findByOidc(ISSUER, subject)).isEmpty();
        assertThat(auditCount(username, "SSO_ACCESS_REFUSED")).isEqualTo(1);
    }

    @Test
    void anUnknownUnitOrTenantIsRefused() {
        assertThatThrownBy(() -> oidcUsers.toPortalUser(providerUser(Fixtures.unique("s"), Fixtures.unique("a"),
                Map.of("roles", "APPLICANT", "unit", String.valueOf(Long.MAX_VALUE)))))
                .isInstanceOfSatisfying(OAuth2AuthenticationException.class,
                        e -> assertThat(e.getError().getDescription()).isEqualTo("UNIT_UNKNOWN"));
        assertThatThrownBy(() -> oidcUsers.toPortalUser(providerUser(Fixtures.unique("s"), Fixtures.unique("d"),
                Map.of("roles", "DISTRICT_OFFICER", "tenant", "000000"))))
                .isInstanceOfSatisfying(OAuth2AuthenticationException.class,
                        e -> assertThat(e.getError().getDescription()).isEqualTo("TENANT_UNKNOWN"));
    }

    @Test
    void anApplicantIsPlacedInTheTenantOfItsUnit() {
        UnitId unit = fixtures.unit("530111", ActivationStatus.ACTIVE);
        PortalUser user = ((PortalOidcUser) oidcUsers.toPortalUser(providerUser(Fixtures.unique("s"),
                Fixtures.unique("app"), Map.of("roles", "APPLICANT", "unit", String.valueOf(unit))))).portalUser();
        assertThat(user.unitId()).isEqualTo(unit);
        assertThat(user.tenantId().value()).isEqualTo("530111");
    }

    @Test
    void anAccountDisabledInThePortalStaysOutEvenWhenTheProviderLetsItIn() {
        String subject = Fixtures.unique("sub-");
        PortalUser user = ((PortalOidcUser) oidcUsers.toPortalUser(providerUser(subject, Fixtures.unique("gone"),
                Map.of("roles", "EXPERT")))).portalUser();
        Account account = accounts.findById(user.accountId()).orElseThrow();
        accounts.updateStatus(account.id(), account.version(), AccountStatus.DISABLED);
        assertThatThrownBy(() -> oidcUsers.toPortalUser(providerUser(subject, user.username(),
                Map.of("roles", "EXPERT"))))
                .isInstanceOfSatisfying(OAuth2AuthenticationException.class,
                        e -> assertThat(e.getError().getDescription()).isEqualTo("ACCOUNT_DISABLED"));
    }

    @Test
    void aShadowAccountCannotSignInWithAPassword() {
        PortalUser user = ((PortalOidcUser) oidcUsers.toPortalUser(providerUser(Fixtures.unique("s"),
                Fixtures.unique("sso"), Map.of("roles", "EXPERT")))).portalUser();
        assertThatThrownBy(() -> localLogin.authenticate(
                UsernamePasswordAuthenticationToken.unauthenticated(user.username(), "!")))
                .isInstanceOf(BadCredentialsException.class);
    }
}
