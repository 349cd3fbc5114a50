package cn.kunming.kjj.carrier.security;

import java.time.Duration;
import java.time.LocalDateTime;

/** After five failed logins in a row an account is locked for fifteen minutes; then it starts afresh. */
public record LoginLockoutPolicy(int maxFailures, Duration lockDuration) {

    public static final LoginLockoutPolicy DEFAULT = new LoginLockoutPolicy(5, Duration.ofMinutes(15));

    /** The account's counter and lock after one more failure. */
    public record AfterFailure(int failedAttempts, LocalDateTime lockedUntil) {
        public boolean locksNow() {
            return lockedUntil != null;
        }
    }

    public AfterFailure afterFailure(int failuresBefore, LocalDateTime now) {
        int failures = failuresBefore + 1;
        if (failures >= maxFailures) {
            return new AfterFailure(0, now.plus(lockDuration));
        }
        return new AfterFailure(failures, null);
    }
}
