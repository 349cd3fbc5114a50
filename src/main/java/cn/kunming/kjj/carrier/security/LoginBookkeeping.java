package cn.kunming.kjj.carrier.security;

import cn.kunming.kjj.carrier.audit.AuditAction;
import cn.kunming.kjj.carrier.audit.AuditEntry;
import cn.kunming.kjj.carrier.audit.AuditedEntity;
import cn.kunming.kjj.carrier.audit.AuditLog;
import cn.kunming.kjj.carrier.security.repository.AccountRepository;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.time.LocalDateTime;
import java.util.OptionalInt;

/**
 * Counts failed logins, locks and unlocks accounts, and audits each login outcome. The count lives in the database
 * and changes in single statements, so that parallel guesses each count and no write overwrites a lock.
 */
@Component
class LoginBookkeeping {

    private final AccountRepository accounts;
    private final AuditLog audit;
    private final Clock clock;
    private final ApplicationEventPublisher events;
    private final LoginLockoutPolicy policy = LoginLockoutPolicy.DEFAULT;

    LoginBookkeeping(AccountRepository accounts, AuditLog audit, Clock clock, ApplicationEventPublisher events) {
        this.accounts = accounts;
        this.audit = audit;
        this.clock = clock;
        this.events = events;
    }

    LocalDateTime now() {
        return LocalDateTime.now(clock);
    }

    /** One failed sign-in of a known account, audited once; during a lock it is recorded but not counted. */
    @Transactional
    public void failed(Account account) {
        LocalDateTime now = now();
        OptionalInt count = accounts.countLoginFailure(account.id(), now);
        if (count.isEmpty()) {
            audit.recordAs(account.username(), null, AuditEntry.of(AuditAction.LOGIN_FAILED, AuditedEntity.ACCOUNT, account.id())
                    .tenant(account.tenantId()).detail("while locked"));
            return;
        }
        audit.recordAs(account.username(), null, AuditEntry.of(AuditAction.LOGIN_FAILED, AuditedEntity.ACCOUNT, account.id())
                .tenant(account.tenantId()).detail("attempt " + count.getAsInt()));
        LocalDateTime until = policy.lockedUntil(now);
        if (policy.locks(count.getAsInt()) && accounts.lockAfterFailures(account.id(), policy.maxFailures(), until, now)) {
            audit.recordAs(account.username(), null, AuditEntry.of(AuditAction.ACCOUNT_LOCKED, AuditedEntity.ACCOUNT, account.id())
                    .tenant(account.tenantId()).detail("until " + until));
            events.publishEvent(new AccountLocked(account, until));
        }
    }

    /**
     * A right password: the count starts afresh and the sign-in is audited, unless a lock came into force meanwhile
     * (a burst of failures in flight); then false and the sign-in is refused.
     */
    @Transactional
    public boolean succeeded(Account account) {
        if (!accounts.clearLoginFailures(account.id(), now())) {
            audit.recordAs(account.username(), null, AuditEntry.of(AuditAction.LOGIN_FAILED, AuditedEntity.ACCOUNT, account.id())
                    .tenant(account.tenantId()).detail("while locked"));
            return false;
        }
        audit.recordAs(account.username(), account.role().name(),
                AuditEntry.of(AuditAction.LOGIN_SUCCEEDED, AuditedEntity.ACCOUNT, account.id()).tenant(account.tenantId()));
        return true;
    }
}
