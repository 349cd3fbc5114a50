package cn.kunming.kjj.carrier.security;

import org.junit.jupiter.api.Test;

import java.time.LocalDateTime;

import static org.assertj.core.api.Assertions.assertThat;

class LoginLockoutPolicyTest {

    private final LoginLockoutPolicy policy = LoginLockoutPolicy.DEFAULT;
    private final LocalDateTime now = LocalDateTime.of(2026, 11, 28, 9, 0);

    @Test
    void theFourthFailureInARowDoesNotLock() {
        var after = policy.afterFailure(3, now);
        assertThat(after.locksNow()).isFalse();
        assertThat(after.failedAttempts()).isEqualTo(4);
    }

    @Test
    void theFifthFailureInARowLocksForFifteenMinutesAndRestartsTheCount() {
        var after = policy.afterFailure(4, now);
        assertThat(after.lockedUntil()).isEqualTo(now.plusMinutes(15));
        assertThat(after.failedAttempts()).isZero();
    }

    @Test
    void anAccountIsLockedUntilTheLastInstantAndFreeAtTheEnd() {
        Account locked = new Account(1, "a", "a", Role.APPLICANT, null, null, AccountStatus.ACTIVE, null, 0,
                now.plusMinutes(15), now, 0);
        assertThat(locked.lockedAt(now.plusMinutes(15).minusNanos(1_000_000))).isTrue();
        assertThat(locked.lockedAt(now.plusMinutes(15))).isFalse();
    }
}
