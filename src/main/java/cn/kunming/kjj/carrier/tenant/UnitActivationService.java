package cn.kunming.kjj.carrier.tenant;

import cn.kunming.kjj.carrier.common.ContentStream;
import cn.kunming.kjj.carrier.common.AccountId;
import cn.kunming.kjj.carrier.common.UnitId;
import cn.kunming.kjj.carrier.audit.AuditAction;
import cn.kunming.kjj.carrier.audit.AuditEntry;
import cn.kunming.kjj.carrier.audit.AuditedEntity;
import cn.kunming.kjj.carrier.audit.AuditLog;
import cn.kunming.kjj.carrier.common.ConcurrentEditException;
import cn.kunming.kjj.carrier.common.NotFoundException;
import cn.kunming.kjj.carrier.common.PortalException;
import cn.kunming.kjj.carrier.notification.Audience;
import cn.kunming.kjj.carrier.notification.NotificationKind;
import cn.kunming.kjj.carrier.notification.NotificationRequested;
import cn.kunming.kjj.carrier.security.Access;
import cn.kunming.kjj.carrier.security.AccountStatus;
import cn.kunming.kjj.carrier.security.Accounts;
import cn.kunming.kjj.carrier.security.CurrentUser;
import cn.kunming.kjj.carrier.security.TenantScope;
import cn.kunming.kjj.carrier.security.UnitAccount;
import cn.kunming.kjj.carrier.storage.AttachmentStore;
import cn.kunming.kjj.carrier.tenant.repository.HostUnitRepository;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.time.LocalDateTime;
import java.util.List;

/**
 * The district officer activates (or rejects) the accounts of units registered in its own tenant; the
 * first activated account also activates its unit, which then alone holds its credit code: the other registrations
 * still waiting with that code are rejected, and their applicants told. A registration not activated within 30 days
 * has expired. Accounts of other tenants behave as if they did not exist.
 */
@Service
public class UnitActivationService {

    private final Accounts accounts;
    private final HostUnitRepository units;
    private final CurrentUser currentUser;
    private final AuditLog audit;

    /** How long a registration waits for the district before it expires. */
    public static final int EXPIRY_DAYS = 30;

    private final Clock clock;
    private final ApplicationEventPublisher events;
    private final AttachmentStore attachments;

    UnitActivationService(Accounts accounts, HostUnitRepository units, CurrentUser currentUser,
                          AuditLog audit, Clock clock, ApplicationEventPublisher events, AttachmentStore attachments) {
        this.attachments = attachments;
        this.events = events;
        this.clock = clock;
        this.accounts = accounts;
        this.units = units;
        this.currentUser = currentUser;
        this.audit = audit;
    }

    @PreAuthorize(Access.DISTRICT)
    @Transactional(readOnly = true)
    public List<UnitAccount> unitAccounts(AccountStatus status) {
        return accounts.findUnitAccounts(currentUser.scope(), status);
    }

    @PreAuthorize(Access.DISTRICT)
    @Transactional
    public void activate(AccountId accountId, int version) {
        activate(accountId, version, false);
    }

    /**
     * Activates; a unit whose credit code fails the check (declared an early pilot-region code) is activated only
     * with the officer's explicit confirmation, which is audited.
     */
    @PreAuthorize(Access.DISTRICT)
    @Transactional
    public void activate(AccountId accountId, int version, boolean confirmLegacyCreditCode) {
        TenantScope scope = currentUser.scope();
        UnitAccount account = pending(scope, accountId);
        if (expired(account)) {
            throw new PortalException("activation.expired", account.unitName(), EXPIRY_DAYS);
        }
        if (account.legacyCreditCode() && account.unitActivation().equals(ActivationStatus.PENDING.name())
                && !confirmLegacyCreditCode) {
            throw new PortalException("activation.legacyCodeNeedsConfirmation", account.creditCode());
        }
        HostUnit unit = decidable(account);
        if (!accounts.updateStatus(accountId, version, AccountStatus.ACTIVE)) {
            throw new ConcurrentEditException("ACCOUNT", accountId);
        }
        if (unit.activationStatus() != ActivationStatus.ACTIVE) {
            claim(scope, unit);
            rejectCompetitors(unit);
        }
        events.publishEvent(NotificationRequested.of(Audience.account(accountId),
                NotificationKind.ACCOUNT_ACTIVATED, "", unit.name()));
        audit.record(AuditEntry.of(AuditAction.UNIT_ACCOUNT_ACTIVATED, AuditedEntity.ACCOUNT, accountId).tenant(account.tenantId())
                .detail(account.username() + " @ " + account.unitName() + (account.legacyCreditCode()
                        ? "; legacy credit code " + account.creditCode() + " accepted by the district" : "")));
    }

    @PreAuthorize(Access.DISTRICT)
    @Transactional
    public void reject(AccountId accountId, int version, String reason) {
        if (reason == null || reason.isBlank()) {
            throw new PortalException("activation.reasonRequired");
        }
        TenantScope scope = currentUser.scope();
        UnitAccount account = pending(scope, accountId);
        HostUnit unit = decidable(account);
        if (!accounts.updateStatus(accountId, version, AccountStatus.REJECTED)) {
            throw new ConcurrentEditException("ACCOUNT", accountId);
        }
        if (unit.activationStatus() == ActivationStatus.PENDING
                && !units.updateActivation(scope, unit.id(), unit.version(), ActivationStatus.REJECTED,
                currentUser.require().username(), LocalDateTime.now(clock), reason.strip())) {
            throw new ConcurrentEditException("HOST_UNIT", unit.id());
        }
        audit.record(AuditEntry.of(AuditAction.UNIT_ACCOUNT_REJECTED, AuditedEntity.ACCOUNT, accountId).tenant(account.tenantId())
                .detail(account.username() + " @ " + account.unitName() + ": " + reason.strip()));
        tell(accountId, account.unitName(), reason.strip());
    }

    /**
     * The account's unit as it is now, with every registration of its code locked until this decision commits: two
     * districts deciding competing registrations at once queue, and the second finds the code already taken.
     */
    private HostUnit decidable(UnitAccount account) {
        HostUnit unit = units.lockCode(account.creditCode()).stream().filter(u -> u.id().equals(account.unitId()))
                .findFirst().orElseThrow(NotFoundException::new);
        if (unit.activationStatus() == ActivationStatus.REJECTED || units.isClaimed(unit.creditCode())
                && unit.activationStatus() != ActivationStatus.ACTIVE) {
            throw new PortalException("activation.codeClaimed", unit.creditCode());
        }
        return unit;
    }

    /** The business licence scan a unit of the officer's tenant registered with. */
    @PreAuthorize(Access.DISTRICT)
    @Transactional(readOnly = true)
    public ContentStream licence(UnitId unitId) {
        Licence licence = units.licence(currentUser.scope(), unitId).orElseThrow(NotFoundException::new);
        return attachments.open(licence.sha256());
    }

    /** Whether a pending registration has waited too long to be activated. */
    @PreAuthorize(Access.DISTRICT)
    public boolean expired(UnitAccount account) {
        return !LocalDateTime.now(clock).isBefore(account.createdAt().plusDays(EXPIRY_DAYS));
    }

    /** The unit becomes active and holds its code; a competitor activated first (here or elsewhere) wins. */
    private void claim(TenantScope scope, HostUnit unit) {
        boolean claimed;
        try {
            claimed = units.updateActivation(scope, unit.id(), unit.version(), ActivationStatus.ACTIVE,
                    currentUser.require().username(), LocalDateTime.now(clock), null);
        } catch (org.springframework.dao.DataIntegrityViolationException held) {
            throw new PortalException("activation.codeClaimed", unit.creditCode());
        }
        if (!claimed) {
            throw new ConcurrentEditException("HOST_UNIT", unit.id());
        }
    }

    /** The other registrations of the code, in any tenant, are rejected with the reason, and their applicants told. */
    private void rejectCompetitors(HostUnit winner) {
        String reason = cn.kunming.kjj.carrier.common.Messages.get("activation.supersededReason",
                cn.kunming.kjj.carrier.common.Messages.CHINESE, winner.creditCode());
        TenantScope all = new TenantScope.All();
        LocalDateTime now = LocalDateTime.now(clock);
        for (HostUnit other : units.pendingWithCode(winner.creditCode())) {
            if (other.id().equals(winner.id())) {
                continue;
            }
            if (!units.updateActivation(all, other.id(), other.version(), ActivationStatus.REJECTED,
                    currentUser.require().username(), now, reason)) {
                throw new ConcurrentEditException("HOST_UNIT", other.id());
            }
            for (UnitAccount waiting : accounts.findUnitAccounts(all, AccountStatus.PENDING)) {
                if (waiting.unitId().equals(other.id())) {
                    accounts.updateStatus(waiting.accountId(), waiting.accountVersion(), AccountStatus.REJECTED);
                    tell(waiting.accountId(), other.name(), reason);
                }
            }
            audit.record(AuditEntry.of(AuditAction.UNIT_REGISTRATION_SUPERSEDED, AuditedEntity.HOST_UNIT, other.id()).tenant(other.tenantId()).rule("P4.2")
                    .detail(other.name() + " " + other.creditCode() + ": unit " + winner.id() + " was activated"));
        }
    }

    private void tell(AccountId accountId, String unitName, String reason) {
        events.publishEvent(NotificationRequested.of(Audience.account(accountId), NotificationKind.REGISTRATION_REJECTED,
                "", unitName, reason));
    }

    private UnitAccount pending(TenantScope scope, AccountId accountId) {
        UnitAccount account = accounts.findUnitAccount(scope, accountId).orElseThrow(NotFoundException::new);
        if (account.status() != AccountStatus.PENDING) {
            throw new PortalException("activation.notPending", account.username());
        }
        return account;
    }
}
