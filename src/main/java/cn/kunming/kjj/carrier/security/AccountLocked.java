package cn.kunming.kjj.carrier.security;

import java.time.LocalDateTime;

/**
 * An account was locked after failed sign-ins (published inside the transaction that locked it). The sign-in page
 * answers a locked account like a wrong password, so that names cannot be probed; its owner learns of the lock
 * from this event instead.
 */
public record AccountLocked(Account account, LocalDateTime lockedUntil) {
}
