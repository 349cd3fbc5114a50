package cn.kunming.kjj.carrier.security;

import cn.kunming.kjj.carrier.audit.AuditAction;
import cn.kunming.kjj.carrier.audit.AuditEntry;
import cn.kunming.kjj.carrier.audit.AuditedEntity;
import cn.kunming.kjj.carrier.audit.AuditLog;
import cn.kunming.kjj.carrier.common.PortalException;
import cn.kunming.kjj.carrier.security.repository.AccountRepository;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.jspecify.annotations.Nullable;

import java.time.LocalDateTime;

/**
 * A local account's own password: changed by its holder with the present one (also when it has expired, before
 * signing in), never to one of its last few, and expiring after a number of days. A wrong present password counts
 * towards the lockout like a failed sign-in.
 */
@Service
public class PasswordService {

    private final AccountRepository accounts;
    private final PasswordEncoder encoder;
    private final LoginBookkeeping bookkeeping;
    private final AuditLog audit;
    private final int historySize;
    private final int maxAgeDays;

    private final PasswordCheck passwordCheck;

    PasswordService(AccountRepository accounts, PasswordEncoder encoder, PasswordCheck passwordCheck,
                    LoginBookkeeping bookkeeping, AuditLog audit,
                    @Value("${portal.password.history:5}") int historySize,
                    @Value("${portal.password.max-age-days:90}") int maxAgeDays) {
        this.accounts = accounts;
        this.encoder = encoder;
        this.passwordCheck = passwordCheck;
        this.bookkeeping = bookkeeping;
        this.audit = audit;
        this.historySize = historySize;
        this.maxAgeDays = maxAgeDays;
    }

    /** How many days a password lasts before it must be changed. */
    @PreAuthorize(Access.ANYONE)
    public int maxAgeDays() {
        return maxAgeDays;
    }

    /** Whether a password set at this time must be changed now (never set by its holder, or too old). */
    boolean expired(@Nullable LocalDateTime changedAt, LocalDateTime now) {
        return changedAt == null || !changedAt.plusDays(maxAgeDays).isAfter(now);
    }

    /** Anyone may try, signed in or not: the present password is the proof. */
    @PreAuthorize(Access.ANYONE)
    @Transactional(noRollbackFor = PortalException.class)
    public void change(String username, String current, String chosen) {
        String name = username == null ? "" : username.strip();
        var found = accounts.findCredentials(name)
                .filter(c -> !AccountRepository.NO_PASSWORD.equals(c.passwordHash()));
        // the same work and the same answer for an unknown name, a wrong password and a locked account
        boolean rightPassword = passwordCheck.matches(current, found.map(c -> c.passwordHash()).orElse(null));
        var credentials = found.orElseThrow(() -> new PortalException("password.currentWrong"));
        Account account = credentials.account();
        if (!rightPassword || account.lockedAt(bookkeeping.now())) {
            bookkeeping.failed(account);
            throw new PortalException("password.currentWrong");
        }
        if (account.status() != AccountStatus.ACTIVE) {
            throw new PortalException("password.inactive");
        }
        PasswordPolicy.check(chosen, name);
        for (String previous : accounts.recentPasswordHashes(account.id(), historySize)) {
            if (encoder.matches(chosen, previous)) {
                throw new PortalException("password.reused", historySize);
            }
        }
        if (encoder.matches(chosen, credentials.passwordHash())) {
            throw new PortalException("password.reused", historySize);
        }
        accounts.changePassword(account.id(), PasswordHashes.of(encoder, chosen), bookkeeping.now());
        audit.recordAs(account.username(), account.role().name(), AuditEntry.of(AuditAction.PASSWORD_CHANGED, AuditedEntity.ACCOUNT,
                account.id()).tenant(account.tenantId()).detail("by its holder"));
    }
}
