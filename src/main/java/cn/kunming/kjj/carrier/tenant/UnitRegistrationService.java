package cn.kunming.kjj.carrier.tenant;

import cn.kunming.kjj.carrier.common.UploadedFile;
import cn.kunming.kjj.carrier.common.AccountId;
import cn.kunming.kjj.carrier.common.UnitId;
import org.jspecify.annotations.Nullable;
import cn.kunming.kjj.carrier.audit.AuditAction;
import cn.kunming.kjj.carrier.audit.AuditEntry;
import cn.kunming.kjj.carrier.audit.AuditedEntity;
import cn.kunming.kjj.carrier.audit.AuditLog;
import cn.kunming.kjj.carrier.common.NotFoundException;
import cn.kunming.kjj.carrier.common.PerAddressLimit;
import cn.kunming.kjj.carrier.common.PortalException;
import cn.kunming.kjj.carrier.common.TenantId;
import cn.kunming.kjj.carrier.common.UnifiedSocialCreditCode;
import cn.kunming.kjj.carrier.security.Access;
import cn.kunming.kjj.carrier.security.AccountStatus;
import cn.kunming.kjj.carrier.security.Accounts;
import cn.kunming.kjj.carrier.security.CurrentUser;
import cn.kunming.kjj.carrier.security.AccountDraft;
import cn.kunming.kjj.carrier.security.PasswordHashes;
import cn.kunming.kjj.carrier.security.PasswordPolicy;
import cn.kunming.kjj.carrier.security.PortalUser;
import cn.kunming.kjj.carrier.security.Role;
import cn.kunming.kjj.carrier.security.UnitAccount;
import cn.kunming.kjj.carrier.security.Usernames;
import cn.kunming.kjj.carrier.storage.AttachmentStore;
import cn.kunming.kjj.carrier.tenant.repository.HostUnitRepository;
import cn.kunming.kjj.carrier.tenant.repository.TenantRepository;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;

/**
 * A unit registers itself and its first applicant account (both wait for the district officer), and its first
 * applicant later adds colleagues. One account per person: usernames are unique across the portal.
 */
@Service
public class UnitRegistrationService {

    private final HostUnitRepository units;
    private final Accounts accounts;
    private final TenantRepository tenants;
    private final PasswordEncoder passwordEncoder;
    private final CurrentUser currentUser;
    private final AuditLog audit;
    private final Clock clock;
    private final AttachmentStore attachments;
    private final PerAddressLimit attempts;

    UnitRegistrationService(HostUnitRepository units, Accounts accounts, TenantRepository tenants,
                            PasswordEncoder passwordEncoder, CurrentUser currentUser, AuditLog audit, Clock clock,
                            AttachmentStore attachments,
                            @Value("${portal.registration.per-address-per-hour:10}") int attemptsPerHour) {
        this.attachments = attachments;
        this.attempts = new PerAddressLimit(attemptsPerHour, java.time.Duration.ofHours(1));
        this.units = units;
        this.accounts = accounts;
        this.tenants = tenants;
        this.passwordEncoder = passwordEncoder;
        this.currentUser = currentUser;
        this.audit = audit;
        this.clock = clock;
    }

    /**
     * Open to visitors: registering is how a unit first reaches the portal. Nothing is stored when anything fails.
     * Each client address may try a few times an hour (registration says when a username is taken, so it must not
     * become a way to list them). A code is refused only when an activated unit holds it: registrations of the same
     * code wait side by side until the district activates one.
     */
    @PreAuthorize(Access.ANYONE)
    @Transactional
    public UnitId register(UnitRegistration r, String clientAddress) {
        if (!attempts.tryAcquire(clientAddress)) {
            throw new PortalException("registration.tooMany");
        }
        return register(r);
    }

    private UnitId register(UnitRegistration r) {
        String name = required(r.unitName(), "registration.unitNameRequired");
        String code = UnifiedSocialCreditCode.normalise(r.creditCode());
        var problem = UnifiedSocialCreditCode.check(code);
        boolean legacy = problem.isPresent() && r.legacyCreditCode() && "uscc.check".equals(problem.get().key());
        if (problem.isPresent() && !legacy) {
            throw new PortalException(problem.get().key(), problem.get().args());
        }
        if (r.type() == null) {
            throw new PortalException("registration.typeRequired");
        }
        TenantId tenant = validTenant(r.tenant());
        if (units.isClaimed(code)) {
            throw new PortalException("registration.creditCodeRegistered", code);
        }
        String username = checkedNewUsername(r.username());
        String displayName = required(r.displayName(), "registration.displayNameRequired");
        PasswordPolicy.check(r.password(), username);
        UploadedFile scan = r.licence();
        if (scan == null || scan.size() == 0) {
            throw new PortalException("registration.licenceRequired");
        }
        String licence = attachments.keepChecked(scan).sha256();
        int competing = units.pendingWithCode(code).size();
        LocalDateTime now = LocalDateTime.now(clock);
        UnitId unitId = units.insert(new HostUnitDraft(name, code, r.type(), tenant, blankToNull(r.address()),
                blankToNull(r.legalRepresentative()), blankToNull(r.contactName()), blankToNull(r.contactPhone())),
                legacy, ActivationStatus.PENDING, now);
        AccountId accountId = accounts.insert(new AccountDraft(username, displayName, Role.APPLICANT, tenant, unitId,
                blankToNull(r.email())), PasswordHashes.of(passwordEncoder, r.password()), AccountStatus.PENDING, now);
        units.attachLicence(unitId, scan.fileName(), licence);
        audit.recordAs(username, Role.APPLICANT.name(), AuditEntry.of(AuditAction.UNIT_REGISTERED, AuditedEntity.HOST_UNIT, unitId)
                .tenant(tenant).rule("P4.2").detail(name + " " + code + (legacy ? " (legacy code, check character fails)" : "")
                        + "; account " + accountId + "; licence " + licence.substring(0, 12)
                        + (competing > 0 ? "; " + competing + " other registration(s) of this code waiting" : "")));
        return unitId;
    }

    /** The applicant's own unit. */
    @PreAuthorize(Access.APPLICANT)
    @Transactional(readOnly = true)
    public Optional<HostUnit> myUnit() {
        PortalUser me = currentUser.require();
        return units.findById(me.scope(), me.requireUnit());
    }

    /** The applicant accounts of the applicant's own unit. */
    @PreAuthorize(Access.APPLICANT)
    @Transactional(readOnly = true)
    public List<UnitAccount> myColleagues() {
        return accounts.findUnitAccounts(currentUser.scope(), null);
    }

    /** An applicant of an activated unit adds a colleague; the new account is active at once (the unit is known). */
    @PreAuthorize(Access.APPLICANT)
    @Transactional
    public AccountId addColleague(String rawUsername, String displayName, String email, String password) {
        PortalUser me = currentUser.require();
        HostUnit unit = units.findById(me.scope(), me.requireUnit()).orElseThrow(NotFoundException::new);
        if (unit.activationStatus() != ActivationStatus.ACTIVE) {
            throw new PortalException("registration.unitNotActive");
        }
        String username = checkedNewUsername(rawUsername);
        String name = required(displayName, "registration.displayNameRequired");
        PasswordPolicy.check(password, username);
        AccountId id = accounts.insert(new AccountDraft(username, name, Role.APPLICANT, unit.tenantId(), unit.id(),
                blankToNull(email)), PasswordHashes.of(passwordEncoder, password), AccountStatus.ACTIVE, LocalDateTime.now(clock));
        // a colleague set this password: its holder chooses their own at the first sign-in
        accounts.requirePasswordChange(id);
        audit.record(AuditEntry.of(AuditAction.UNIT_ACCOUNT_ADDED, AuditedEntity.ACCOUNT, id).tenant(unit.tenantId())
                .detail(username + " @ " + unit.name()));
        return id;
    }

    private TenantId validTenant(@Nullable TenantId tenant) {
        if (tenant == null) {
            throw new PortalException("registration.tenantRequired");
        }
        LocalDate today = LocalDate.now(clock);
        return tenants.findById(tenant).filter(t -> t.validOn(today) && t.recommends())
                .map(Tenant::id).orElseThrow(() -> new PortalException("registration.tenantRequired"));
    }

    private String checkedNewUsername(String raw) {
        String username = Usernames.normalised(raw);
        if (accounts.existsByUsername(username)) {
            throw new PortalException("account.usernameTaken", username);
        }
        return username;
    }

    private static String required(String value, String messageKey) {
        if (value == null || value.isBlank()) {
            throw new PortalException(messageKey);
        }
        return value.strip();
    }

    private static @Nullable String blankToNull(@Nullable String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
