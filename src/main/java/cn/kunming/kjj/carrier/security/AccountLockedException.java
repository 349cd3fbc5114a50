package cn.kunming.kjj.carrier.security;

import org.springframework.security.authentication.LockedException;

import java.time.LocalDateTime;

/** Login refused because of the lockout; carries the time the lock ends so the login page can say it. */
public class AccountLockedException extends LockedException {

    private final LocalDateTime lockedUntil;

    public AccountLockedException(LocalDateTime lockedUntil) {
        super("locked until " + lockedUntil);
        this.lockedUntil = lockedUntil;
    }

    public LocalDateTime lockedUntil() {
        return lockedUntil;
    }
}
