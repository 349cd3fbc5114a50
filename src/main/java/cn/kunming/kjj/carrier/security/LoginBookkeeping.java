package cn.kunming.kjj.carrier.security;

import cn.kunming.kjj.carrier.audit.AuditEntry;
import cn.kunming.kjj.carrier.audit.AuditLog;
import cn.kunming.kjj.carrier.security.repository.AccountRepository;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.time.LocalDateTime;

/** Counts failed logins, locks and unlocks accounts, and audits each login outcome. */
@Component
class LoginBookkeeping {

    private final AccountRepository accounts;
    private final AuditLog audit;
    private final Clock clock;
    private final LoginLockoutPolicy policy = LoginLockoutPolicy.DEFAULT;

    LoginBookkeeping(AccountRepository accounts, AuditLog audit, Clock clock) {
        this.accounts = accounts;
        this.audit = audit;
        this.clock = clock;
    }

    LocalDateTime now() {
        return LocalDateTime.now(clock);
    }

    /** Returns the time until which the account is now locked, or null when it is not. */
    @Transactional
    public LocalDateTime failed(Account account) {
        LoginLockoutPolicy.AfterFailure after = policy.afterFailure(account.failedAttempts(), now());
        accounts.updateLoginFailures(account.id(), after.failedAttempts(), after.lockedUntil());
        audit.recordAs(account.username(), null, AuditEntry.of("LOGIN_FAILED", "ACCOUNT", account.id())
                .tenant(account.tenantId()).detail("attempt " + (account.failedAttempts() + 1)));
        if (after.locksNow()) {
            audit.recordAs(account.username(), null, AuditEntry.of("ACCOUNT_LOCKED", "ACCOUNT", account.id())
                    .tenant(account.tenantId()).detail("until " + after.lockedUntil()));
        }
        return after.lockedUntil();
    }

    @Transactional
    public void succeeded(Account account) {
        if (account.failedAttempts() != 0 || account.lockedUntil() != null) {
            accounts.updateLoginFailures(account.id(), 0, null);
        }
        audit.recordAs(account.username(), account.role().name(),
                AuditEntry.of("LOGIN_SUCCEEDED", "ACCOUNT", account.id()).tenant(account.tenantId()));
    }
}
