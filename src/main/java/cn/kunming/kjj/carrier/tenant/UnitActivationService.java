package cn.kunming.kjj.carrier.tenant;

import cn.kunming.kjj.carrier.audit.AuditEntry;
import cn.kunming.kjj.carrier.audit.AuditLog;
import cn.kunming.kjj.carrier.notification.NotificationKind;
import cn.kunming.kjj.carrier.notification.Notifier;
import cn.kunming.kjj.carrier.common.ConcurrentEditException;
import cn.kunming.kjj.carrier.common.NotFoundException;
import cn.kunming.kjj.carrier.common.PortalException;
import cn.kunming.kjj.carrier.security.AccountStatus;
import cn.kunming.kjj.carrier.security.CurrentUser;
import cn.kunming.kjj.carrier.security.TenantScope;
import cn.kunming.kjj.carrier.security.UnitAccount;
import cn.kunming.kjj.carrier.security.repository.AccountRepository;
import cn.kunming.kjj.carrier.tenant.repository.HostUnitRepository;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.time.LocalDateTime;
import java.util.List;

/**
 * The district officer activates (or rejects) the accounts of units registered in its own tenant; the
 * first activated account also activates its unit. Accounts of other tenants behave as if they did not exist.
 */
@Service
public class UnitActivationService {

    private final AccountRepository accounts;
    private final HostUnitRepository units;
    private final CurrentUser currentUser;
    private final AuditLog audit;

    private final Clock clock;
    private final Notifier notifier;

    UnitActivationService(AccountRepository accounts, HostUnitRepository units, CurrentUser currentUser,
                          AuditLog audit, Clock clock, Notifier notifier) {
        this.notifier = notifier;
        this.clock = clock;
        this.accounts = accounts;
        this.units = units;
        this.currentUser = currentUser;
        this.audit = audit;
    }

    @PreAuthorize("hasRole('DISTRICT_OFFICER')")
    @Transactional(readOnly = true)
    public List<UnitAccount> unitAccounts(AccountStatus status) {
        return accounts.findUnitAccounts(currentUser.scope(), status);
    }

    @PreAuthorize("hasRole('DISTRICT_OFFICER')")
    @Transactional
    public void activate(long accountId, int version) {
        activate(accountId, version, false);
    }

    /**
     * Activates; a unit whose credit code fails the check (declared an early pilot-region code) is activated only
     * with the officer's explicit confirmation, which is audited.
     */
    @PreAuthorize("hasRole('DISTRICT_OFFICER')")
    @Transactional
    public void activate(long accountId, int version, boolean confirmLegacyCreditCode) {
        TenantScope scope = currentUser.scope();
        UnitAccount account = pending(scope, accountId);
        if (account.legacyCreditCode() && account.unitActivation().equals(ActivationStatus.PENDING.name())
                && !confirmLegacyCreditCode) {
            throw new PortalException("activation.legacyCodeNeedsConfirmation", account.creditCode());
        }
        if (!accounts.updateStatus(accountId, version, AccountStatus.ACTIVE)) {
            throw new ConcurrentEditException("ACCOUNT", accountId);
        }
        HostUnit unit = units.findById(scope, account.unitId()).orElseThrow(NotFoundException::new);
        if (unit.activationStatus() != ActivationStatus.ACTIVE
                && !units.updateActivation(scope, unit.id(), unit.version(), ActivationStatus.ACTIVE,
                currentUser.require().username(), LocalDateTime.now(clock), null)) {
            throw new ConcurrentEditException("HOST_UNIT", unit.id());
        }
        accounts.findById(accountId).ifPresent(a -> notifier.notify(java.util.List.of(a),
                NotificationKind.ACCOUNT_ACTIVATED, "", unit.name()));
        audit.record(AuditEntry.of("UNIT_ACCOUNT_ACTIVATED", "ACCOUNT", accountId).tenant(account.tenantId())
                .detail(account.username() + " @ " + account.unitName() + (account.legacyCreditCode()
                        ? "; legacy credit code " + account.creditCode() + " accepted by the district" : "")));
    }

    @PreAuthorize("hasRole('DISTRICT_OFFICER')")
    @Transactional
    public void reject(long accountId, int version, String reason) {
        if (reason == null || reason.isBlank()) {
            throw new PortalException("activation.reasonRequired");
        }
        TenantScope scope = currentUser.scope();
        UnitAccount account = pending(scope, accountId);
        if (!accounts.updateStatus(accountId, version, AccountStatus.REJECTED)) {
            throw new ConcurrentEditException("ACCOUNT", accountId);
        }
        HostUnit unit = units.findById(scope, account.unitId()).orElseThrow(NotFoundException::new);
        if (unit.activationStatus() == ActivationStatus.PENDING
                && !units.updateActivation(scope, unit.id(), unit.version(), ActivationStatus.REJECTED,
                currentUser.require().username(), LocalDateTime.now(clock), reason.strip())) {
            throw new ConcurrentEditException("HOST_UNIT", unit.id());
        }
        audit.record(AuditEntry.of("UNIT_ACCOUNT_REJECTED", "ACCOUNT", accountId).tenant(account.tenantId())
                .detail(account.username() + " @ " + account.unitName() + ": " + reason.strip()));
    }

    private UnitAccount pending(TenantScope scope, long accountId) {
        UnitAccount account = accounts.findUnitAccount(scope, accountId).orElseThrow(NotFoundException::new);
        if (account.status() != AccountStatus.PENDING) {
            throw new PortalException("activation.notPending", account.username());
        }
        return account;
    }
}
