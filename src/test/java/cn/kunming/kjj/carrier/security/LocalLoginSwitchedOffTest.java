package cn.kunming.kjj.carrier.security;

import cn.kunming.kjj.carrier.support.Fixtures;
import cn.kunming.kjj.carrier.support.PortalSpringTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.test.context.TestPropertySource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** With SSO alone (PORTAL_LOCAL_LOGIN=false) a local password opens nothing, right or wrong. */
@PortalSpringTest
@TestPropertySource(properties = "portal.login.local-enabled=false")
class LocalLoginSwitchedOffTest {

    @Autowired
    LocalAccountAuthenticationProvider localLogin;
    @Autowired
    LoginOptions options;
    @Autowired
    Fixtures fixtures;

    @Test
    void theRightPasswordIsRefusedAndTheLoginPageHidesTheForm() {
        String username = fixtures.username(fixtures.account(Role.EXPERT, null, null, AccountStatus.ACTIVE));
        assertThatThrownBy(() -> localLogin.authenticate(
                UsernamePasswordAuthenticationToken.unauthenticated(username, Fixtures.PASSWORD)))
                .isInstanceOf(BadCredentialsException.class);
        assertThat(options.localEnabled()).isFalse();
    }
}
