package cn.kunming.kjj.carrier.security;

import org.junit.jupiter.api.Test;
import org.springframework.security.oauth2.client.registration.ClientRegistration;
import org.springframework.security.oauth2.client.registration.InMemoryClientRegistrationRepository;
import org.springframework.security.oauth2.core.AuthorizationGrantType;

import static org.assertj.core.api.Assertions.assertThat;

class ContentSecurityPolicyTest {

    @Test
    void withoutSingleSignOnThePortalConnectsOnlyToItself() {
        assertThat(ContentSecurityPolicy.of(null))
                .contains("connect-src 'self';", "frame-ancestors 'none'", "object-src 'none'");
    }

    @Test
    void withSingleSignOnTheProvidersOriginMayBeReachedSoThatSigningOutEndsItsSessionToo() {
        ClientRegistration keycloak = ClientRegistration.withRegistrationId("gov")
                .clientId("carrier-portal").authorizationGrantType(AuthorizationGrantType.AUTHORIZATION_CODE)
                .redirectUri("{baseUrl}/login/oauth2/code/{registrationId}")
                .authorizationUri("https://sso.km.gov.cn/realms/kunming/protocol/openid-connect/auth")
                .tokenUri("https://sso.km.gov.cn/realms/kunming/protocol/openid-connect/token")
                .issuerUri("https://sso.km.gov.cn/realms/kunming").build();
        assertThat(ContentSecurityPolicy.of(new InMemoryClientRegistrationRepository(keycloak)))
                .contains("connect-src 'self' https://sso.km.gov.cn;").doesNotContain("/realms");
    }
}
