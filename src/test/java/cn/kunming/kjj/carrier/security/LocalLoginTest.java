package cn.kunming.kjj.carrier.security;

import cn.kunming.kjj.carrier.common.AccountId;
import cn.kunming.kjj.carrier.common.UnitId;
import cn.kunming.kjj.carrier.audit.AuditLog;
import cn.kunming.kjj.carrier.audit.AuditQuery;
import cn.kunming.kjj.carrier.security.repository.AccountRepository;
import cn.kunming.kjj.carrier.support.As;
import cn.kunming.kjj.carrier.support.Fixtures;
import cn.kunming.kjj.carrier.support.MovableClock;
import cn.kunming.kjj.carrier.support.PortalSpringTest;
import cn.kunming.kjj.carrier.tenant.ActivationStatus;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.DisabledException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;

import java.time.Duration;
import java.time.LocalDateTime;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

@PortalSpringTest
class LocalLoginTest {

    @Autowired
    LocalAccountAuthenticationProvider provider;
    @Autowired
    Fixtures fixtures;
    @Autowired
    AccountRepository accounts;
    @Autowired
    MovableClock clock;
    @Autowired
    AuditLog audit;
    @Autowired
    LoginBookkeeping bookkeeping;
    @Autowired
    LoginOptions options;
    @Autowired
    PasswordService passwordService;
    @Autowired
    org.springframework.jdbc.core.JdbcTemplate jdbc;

    @AfterEach
    void resetClock() {
        clock.reset();
        As.signOut();
    }

    private Authentication login(String username, String password) {
        return provider.authenticate(UsernamePasswordAuthenticationToken.unauthenticated(username, password));
    }

    private String districtOfficer() {
        return fixtures.username(fixtures.account(Role.DISTRICT_OFFICER, "530102", null, AccountStatus.ACTIVE));
    }

    @Test
    void theRightPasswordSignsInWithRoleAndTenantFromTheDatabase() {
        String username = districtOfficer();
        Authentication auth = login(username, Fixtures.PASSWORD);
        PortalUser user = (PortalUser) auth.getPrincipal();
        assertThat(user.role()).isEqualTo(Role.DISTRICT_OFFICER);
        assertThat(user.tenantId().value()).isEqualTo("530102");
        assertThat(auth.getAuthorities()).extracting(Object::toString).containsExactly("ROLE_DISTRICT_OFFICER");
    }

    @Test
    void anUnknownUserAndAWrongPasswordGetTheSameAnswer() {
        assertThatThrownBy(() -> login("nobody-" + Fixtures.unique("x"), "whatever1"))
                .isExactlyInstanceOf(BadCredentialsException.class);
        assertThatThrownBy(() -> login(districtOfficer(), "wrong-password1"))
                .isExactlyInstanceOf(BadCredentialsException.class);
    }

    @Test
    void fourFailuresDoNotLockAndASuccessStartsTheCountAgain() {
        String username = districtOfficer();
        for (int i = 0; i < 4; i++) {
            assertThatThrownBy(() -> login(username, "wrong")).isExactlyInstanceOf(BadCredentialsException.class);
        }
        login(username, Fixtures.PASSWORD);
        assertThat(accounts.findCredentials(username).orElseThrow().account().failedAttempts()).isZero();
        for (int i = 0; i < 4; i++) {
            assertThatThrownBy(() -> login(username, "wrong")).isExactlyInstanceOf(BadCredentialsException.class);
        }
        assertThat(login(username, Fixtures.PASSWORD).isAuthenticated()).isTrue();
    }

    @Test
    void theFifthFailureLocksForFifteenMinutesEvenAgainstTheRightPasswordAndALockedAccountIsAnsweredLikeAWrongPassword() {
        String username = districtOfficer();
        for (int i = 0; i < 4; i++) {
            assertThatThrownBy(() -> login(username, "wrong")).isExactlyInstanceOf(BadCredentialsException.class);
        }
        LocalDateTime expectedEnd = LocalDateTime.now(clock).plusMinutes(15);
        assertThatThrownBy(() -> login(username, "wrong")).isExactlyInstanceOf(BadCredentialsException.class);
        // stored to the second on MariaDB (DATETIME), to the millisecond on H2
        assertThat(accounts.findCredentials(username).orElseThrow().account().lockedUntil())
                .isCloseTo(expectedEnd, org.assertj.core.api.Assertions.within(1, java.time.temporal.ChronoUnit.SECONDS));
        assertThatThrownBy(() -> login(username, Fixtures.PASSWORD)).isExactlyInstanceOf(BadCredentialsException.class);

        clock.advance(Duration.ofMinutes(15).minusSeconds(1));
        assertThatThrownBy(() -> login(username, Fixtures.PASSWORD)).isExactlyInstanceOf(BadCredentialsException.class);
        assertThat(accounts.findCredentials(username).orElseThrow().account().lockedUntil())
                .as("guessing during the lock does not extend it")
                .isCloseTo(expectedEnd, org.assertj.core.api.Assertions.within(1, java.time.temporal.ChronoUnit.SECONDS));
        clock.advance(Duration.ofSeconds(1));
        assertThat(login(username, Fixtures.PASSWORD).isAuthenticated()).isTrue();
    }

    @Test
    void failuresAndTheLockAreAuditedOnceEachAndTheOwnerIsToldOfTheLock() {
        String username = districtOfficer();
        AccountId id = accounts.findCredentials(username).orElseThrow().account().id();
        for (int i = 0; i < 5; i++) {
            assertThatThrownBy(() -> login(username, "wrong")).isInstanceOf(Exception.class);
        }
        assertThatThrownBy(() -> login(username, Fixtures.PASSWORD)).isInstanceOf(Exception.class);
        As.role(Role.AUDITOR, null);
        assertThat(audit.count(new AuditQuery(username, "LOGIN_FAILED", null, null))).isEqualTo(6);
        assertThat(audit.count(new AuditQuery(username, "ACCOUNT_LOCKED", null, null))).isEqualTo(1);
        assertThat(lockNotices(id)).as("in the portal (and queued by e-mail when the account has an address)").isEqualTo(1);
    }

    private int lockNotices(AccountId accountId) {
        return jdbc.queryForObject("select count(*) from notification where account_id = ? and kind = 'ACCOUNT_LOCKED'",
                Integer.class, accountId);
    }

    @Test
    void anUnknownNameAWrongPasswordALockedAccountAndTheRightPasswordEachCostExactlyOneBcryptCheck() {
        var bcrypt = new org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder();
        var counting = new org.springframework.security.crypto.password.PasswordEncoder() {
            int checks;

            @Override
            public String encode(CharSequence raw) {
                return bcrypt.encode(raw);
            }

            @Override
            public boolean matches(CharSequence raw, String encoded) {
                checks++;
                return bcrypt.matches(raw, encoded);
            }
        };
        var measured = new LocalAccountAuthenticationProvider(accounts, new PasswordCheck(counting), bookkeeping, options,
                passwordService);
        String locked = districtOfficer();
        for (int i = 0; i < 5; i++) {
            assertThatThrownBy(() -> login(locked, "wrong")).isInstanceOf(BadCredentialsException.class);
        }
        for (String[] attempt : new String[][]{{"nobody-" + Fixtures.unique("x"), "whatever1"},
                {districtOfficer(), "wrong-password"}, {locked, Fixtures.PASSWORD}, {districtOfficer(), Fixtures.PASSWORD}}) {
            counting.checks = 0;
            try {
                measured.authenticate(UsernamePasswordAuthenticationToken.unauthenticated(attempt[0], attempt[1]));
            } catch (BadCredentialsException refused) {
                // the answer is the same for the first three; what matters here is the work behind it
            }
            assertThat(counting.checks).as(attempt[0]).isEqualTo(1);
        }
    }

    @Test
    void anApplicantWaitingForActivationCannotSignIn() {
        UnitId unit = fixtures.unit("530102", ActivationStatus.PENDING);
        String username = fixtures.username(fixtures.account(Role.APPLICANT, "530102", unit, AccountStatus.PENDING));
        assertThatThrownBy(() -> login(username, Fixtures.PASSWORD)).isInstanceOf(DisabledException.class);
    }

    @Test
    void aDisabledAccountCannotSignIn() {
        String username = fixtures.username(fixtures.account(Role.EXPERT, null, null, AccountStatus.DISABLED));
        assertThatThrownBy(() -> login(username, Fixtures.PASSWORD)).isInstanceOf(DisabledException.class);
    }
}
