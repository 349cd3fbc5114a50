package cn.kunming.kjj.carrier.security;

import java.time.Duration;
import java.time.LocalDateTime;

/** After five failed logins in a row an account is locked for fifteen minutes; then it starts afresh. */
public record LoginLockoutPolicy(int maxFailures, Duration lockDuration) {

    public static final LoginLockoutPolicy DEFAULT = new LoginLockoutPolicy(5, Duration.ofMinutes(15));

    /** Whether this many failures in a row lock the account. */
    public boolean locks(int failuresInARow) {
        return failuresInARow >= maxFailures;
    }

    /** The end of a lock that starts now. */
    public LocalDateTime lockedUntil(LocalDateTime now) {
        return now.plus(lockDuration);
    }
}
