package cn.kunming.kjj.carrier.security;

import cn.kunming.kjj.carrier.common.PortalException;
import cn.kunming.kjj.carrier.common.TenantId;
import cn.kunming.kjj.carrier.support.As;
import cn.kunming.kjj.carrier.support.Fixtures;
import cn.kunming.kjj.carrier.support.MovableClock;
import cn.kunming.kjj.carrier.support.PortalSpringTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.authentication.CredentialsExpiredException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;

import java.time.Duration;
import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

@PortalSpringTest
class PasswordServiceTest {

    @Autowired
    PasswordService passwords;
    @Autowired
    AccountService accounts;
    @Autowired
    LocalAccountAuthenticationProvider provider;
    @Autowired
    Fixtures fixtures;
    @Autowired
    cn.kunming.kjj.carrier.security.repository.AccountRepository accountRows;
    @Autowired
    MovableClock clock;

    @AfterEach
    void reset() {
        clock.reset();
        As.signOut();
    }

    private Authentication login(String username, String password) {
        return provider.authenticate(UsernamePasswordAuthenticationToken.unauthenticated(username, password));
    }

    private String officer() {
        return fixtures.username(fixtures.account(Role.DISTRICT_OFFICER, "530102", null, AccountStatus.ACTIVE));
    }

    @Test
    void aPasswordLastsEightyNineDaysAndMustBeChangedOnTheNinetieth() {
        String username = officer();
        Instant now = Instant.now();
        clock.set(now.plus(Duration.ofDays(89)));
        assertThat(login(username, Fixtures.PASSWORD).isAuthenticated()).isTrue();
        clock.set(now.plus(Duration.ofDays(90)).plusSeconds(60));
        assertThatThrownBy(() -> login(username, Fixtures.PASSWORD)).isInstanceOf(CredentialsExpiredException.class);
        passwords.change(username, Fixtures.PASSWORD, "Neues#Passwort1");
        assertThat(login(username, "Neues#Passwort1").isAuthenticated()).isTrue();
    }

    @Test
    void anAccountCreatedByTheSecurityAdministratorMustChooseItsPasswordAtTheFirstSignIn() {
        As.role(Role.SECURITY_ADMIN, null);
        String username = Fixtures.unique("first");
        accounts.create(new AccountDraft(username, "赵六", Role.DISTRICT_OFFICER, new TenantId("530103"), null, null),
                "Initial#2026");
        As.signOut();
        assertThatThrownBy(() -> login(username, "Initial#2026")).isInstanceOf(CredentialsExpiredException.class);
        passwords.change(username, "Initial#2026", "Mine#2026abc");
        assertThat(login(username, "Mine#2026abc").isAuthenticated()).isTrue();
    }

    @Test
    void noneOfTheLastFivePasswordsMayBeUsedAgainButTheSixthMay() {
        String username = officer();
        String[] used = {Fixtures.PASSWORD, "Second#201", "Third#2026", "Fourth#202", "Fifth#2026x"};
        for (int i = 1; i < used.length; i++) {
            passwords.change(username, used[i - 1], used[i]);
        }
        String last = used[used.length - 1];
        assertThatThrownBy(() -> passwords.change(username, last, used[1])).hasMessage("password.reused");
        assertThatThrownBy(() -> passwords.change(username, last, last)).hasMessage("password.reused");
        passwords.change(username, last, "Sixth#2026x");
        passwords.change(username, "Sixth#2026x", Fixtures.PASSWORD);
        assertThat(login(username, Fixtures.PASSWORD).isAuthenticated()).isTrue();
    }

    @Test
    void aWeakPasswordIsRefusedAndTheOldOneStillWorks() {
        String username = officer();
        assertThatThrownBy(() -> passwords.change(username, Fixtures.PASSWORD, "weakpassword"))
                .isInstanceOf(PortalException.class).hasMessage("password.kinds");
        assertThat(login(username, Fixtures.PASSWORD).isAuthenticated()).isTrue();
    }

    @Test
    void wrongPresentPasswordsCountTowardsTheLockoutAndALockedOrUnknownAccountIsAnsweredLikeAWrongPassword() {
        String username = officer();
        for (int i = 0; i < 5; i++) {
            assertThatThrownBy(() -> passwords.change(username, "Wrong#2026", "Whatever#2026"))
                    .hasMessage("password.currentWrong");
        }
        assertThatThrownBy(() -> passwords.change(username, Fixtures.PASSWORD, "Whatever#2026"))
                .hasMessage("password.currentWrong");
        assertThat(accountRows.findCredentials(username).orElseThrow().account().lockedUntil()).isNotNull();
        assertThatThrownBy(() -> passwords.change("nobody-" + username, "x", "Whatever#2026"))
                .hasMessage("password.currentWrong");
    }
}
