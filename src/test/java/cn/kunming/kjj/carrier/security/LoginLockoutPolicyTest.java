package cn.kunming.kjj.carrier.security;

import org.junit.jupiter.api.Test;

import java.time.LocalDateTime;

import static org.assertj.core.api.Assertions.assertThat;

class LoginLockoutPolicyTest {

    private final LoginLockoutPolicy policy = LoginLockoutPolicy.DEFAULT;

    @Test
    void fourFailuresInARowDoNotLockAndTheFifthDoes() {
        assertThat(policy.locks(4)).isFalse();
        assertThat(policy.locks(5)).isTrue();
        assertThat(policy.locks(6)).as("a concurrent failure past the fifth").isTrue();
    }

    @Test
    void aLockLastsFifteenMinutes() {
        LocalDateTime now = LocalDateTime.of(2026, 12, 4, 10, 0);
        assertThat(policy.lockedUntil(now)).isEqualTo(LocalDateTime.of(2026, 12, 4, 10, 15));
    }
}
