package cn.kunming.kjj.carrier.security;

import cn.kunming.kjj.carrier.common.AccountId;
import cn.kunming.kjj.carrier.common.UnitId;
import cn.kunming.kjj.carrier.audit.AuditAction;
import cn.kunming.kjj.carrier.audit.AuditEntry;
import cn.kunming.kjj.carrier.audit.AuditedEntity;
import cn.kunming.kjj.carrier.audit.AuditLog;
import cn.kunming.kjj.carrier.common.ConcurrentEditException;
import cn.kunming.kjj.carrier.common.NotFoundException;
import cn.kunming.kjj.carrier.common.PortalException;
import cn.kunming.kjj.carrier.common.TenantId;
import cn.kunming.kjj.carrier.security.repository.AccountRepository;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.jspecify.annotations.Nullable;

import java.time.Clock;
import java.time.LocalDateTime;
import java.util.List;

/** Accounts and roles: the security administrator's duty (三员分立), never one's own account. */
@Service
public class AccountService {

    private final AccountRepository repository;
    private final PasswordEncoder passwordEncoder;
    private final CurrentUser currentUser;
    private final AuditLog audit;
    private final Clock clock;
    private final Organisations organisations;

    AccountService(AccountRepository repository, PasswordEncoder passwordEncoder, CurrentUser currentUser,
                   AuditLog audit, Clock clock, Organisations organisations) {
        this.organisations = organisations;
        this.repository = repository;
        this.passwordEncoder = passwordEncoder;
        this.currentUser = currentUser;
        this.audit = audit;
        this.clock = clock;
    }

    /** The districts and zones an officer's account may belong to. */
    @PreAuthorize(Access.SECURITY_ADMIN)
    @Transactional(readOnly = true)
    public List<Organisations.TenantChoice> tenantChoices() {
        return organisations.tenants();
    }

    @PreAuthorize(Access.SECURITY_ADMIN)
    @Transactional(readOnly = true)
    public List<Account> find(String usernameOrName, int offset, int limit) {
        return repository.find(usernameOrName, Math.max(0, offset), Math.clamp(limit, 0, 1000));
    }

    @PreAuthorize(Access.SECURITY_ADMIN)
    @Transactional(readOnly = true)
    public int count(@Nullable String usernameOrName) {
        return repository.count(usernameOrName);
    }

    @PreAuthorize(Access.SECURITY_ADMIN)
    @Transactional
    public AccountId create(AccountDraft account, String initialPassword) {
        String username = Usernames.normalised(account.username());
        if (account.displayName() == null || account.displayName().isBlank()) {
            throw new PortalException("account.displayNameRequired");
        }
        checkBinding(account.role(), account.tenantId(), account.unitId());
        PasswordPolicy.check(initialPassword, username);
        if (repository.existsByUsername(username)) {
            throw new PortalException("account.usernameTaken", username);
        }
        AccountDraft normalised = new AccountDraft(username, account.displayName().strip(), account.role(),
                account.tenantId(), account.unitId(), account.email());
        AccountId id = repository.insert(normalised, PasswordHashes.of(passwordEncoder, initialPassword), AccountStatus.ACTIVE,
                LocalDateTime.now(clock));
        // the security administrator knows this password: its holder chooses their own at the first sign-in
        repository.requirePasswordChange(id);
        audit.record(AuditEntry.of(AuditAction.ACCOUNT_CREATED, AuditedEntity.ACCOUNT, id).tenant(account.tenantId())
                .detail(username + " role=" + account.role() + ", password to be changed at first sign-in"));
        return id;
    }

    @PreAuthorize(Access.SECURITY_ADMIN)
    @Transactional
    public void changeRole(AccountId accountId, int version, @Nullable Role chosen, @Nullable TenantId tenantId,
                           @Nullable UnitId unitId) {
        Account target = notSelf(accountId);
        Role role = checkBinding(chosen, tenantId, unitId);
        if (!repository.updateRole(accountId, version, role, tenantId, unitId)) {
            throw new ConcurrentEditException("ACCOUNT", accountId);
        }
        audit.record(AuditEntry.of(AuditAction.ACCOUNT_ROLE_CHANGED, AuditedEntity.ACCOUNT, accountId).tenant(tenantId)
                .detail(target.username() + ": " + target.role() + " → " + role));
    }

    @PreAuthorize(Access.SECURITY_ADMIN)
    @Transactional
    public void setEnabled(AccountId accountId, int version, boolean enabled) {
        Account target = notSelf(accountId);
        AccountStatus status = enabled ? AccountStatus.ACTIVE : AccountStatus.DISABLED;
        if (!repository.updateStatus(accountId, version, status)) {
            throw new ConcurrentEditException("ACCOUNT", accountId);
        }
        audit.record(AuditEntry.of(enabled ? AuditAction.ACCOUNT_ENABLED : AuditAction.ACCOUNT_DISABLED, AuditedEntity.ACCOUNT, accountId)
                .tenant(target.tenantId()).detail(target.username()));
    }

    @PreAuthorize(Access.SECURITY_ADMIN)
    @Transactional
    public void unlock(AccountId accountId) {
        Account target = notSelf(accountId);
        repository.updateLoginFailures(accountId, 0, null);
        audit.record(AuditEntry.of(AuditAction.ACCOUNT_UNLOCKED, AuditedEntity.ACCOUNT, accountId).tenant(target.tenantId())
                .detail(target.username()));
    }

    private Account notSelf(AccountId accountId) {
        Account target = repository.findById(accountId).orElseThrow(NotFoundException::new);
        if (target.id().equals(currentUser.require().accountId())) {
            throw new PortalException("account.notOwn");
        }
        return target;
    }

    /**
     * An officer belongs to a tenant, an applicant to a unit; the other roles to neither. An industry authority belongs
     * to its authority's tenant, and no district officer does.
     */
    private Role checkBinding(@Nullable Role role, @Nullable TenantId tenantId, @Nullable UnitId unitId) {
        if (role == null) {
            throw new PortalException("account.roleRequired");
        }
        if (role.needsTenant() && tenantId == null) {
            throw new PortalException("account.tenantRequired");
        }
        if (role.needsUnit() && unitId == null) {
            throw new PortalException("account.unitRequired");
        }
        if (role == Role.BUREAU_OFFICER && !TenantId.BUREAU.equals(tenantId)) {
            throw new PortalException("account.bureauTenant");
        }
        boolean authority = tenantId != null && organisations.authorities().contains(tenantId);
        if (role == Role.DISTRICT_OFFICER && (TenantId.BUREAU.equals(tenantId) || authority)) {
            throw new PortalException("account.districtTenant");
        }
        if (role == Role.INDUSTRY_AUTHORITY && !authority) {
            throw new PortalException("account.authorityTenant");
        }
        return role;
    }
}
