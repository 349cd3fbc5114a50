package cn.kunming.kjj.carrier.security;

import cn.kunming.kjj.carrier.common.AccountId;
import cn.kunming.kjj.carrier.audit.AuditAction;
import cn.kunming.kjj.carrier.audit.AuditEntry;
import cn.kunming.kjj.carrier.audit.AuditedEntity;
import cn.kunming.kjj.carrier.audit.AuditLog;
import cn.kunming.kjj.carrier.security.repository.AccountRepository;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.jspecify.annotations.Nullable;

import java.time.Clock;
import java.time.LocalDateTime;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * Links a provider identity (issuer + subject) to a local shadow account: created at the first login, its name
 * and contact refreshed at each login, its role and scope following the provider's, every change audited.
 */
@Component
class SsoAccountLinker {

    private final AccountRepository accounts;
    private final AuditLog audit;
    private final Clock clock;

    SsoAccountLinker(AccountRepository accounts, AuditLog audit, Clock clock) {
        this.accounts = accounts;
        this.audit = audit;
        this.clock = clock;
    }

    /** The identity as the provider states it. */
    record Identity(String issuer, String subject, @Nullable String preferredUsername, @Nullable String displayName,
                    @Nullable String email) {
    }

    /** Returns the portal user, or the refusal when the local account has been disabled. */
    @Transactional
    ClaimMapping.Result link(Identity who, ClaimMapping.Granted grant) {
        Optional<Account> existing = accounts.findByOidc(who.issuer(), who.subject());
        Account account;
        if (existing.isEmpty()) {
            String username = freeUsername(who);
            AccountId id = accounts.insertSso(new AccountDraft(username, displayName(who), grant.role(), grant.tenant(),
                    grant.unitId(), who.email()), who.issuer(), who.subject(), LocalDateTime.now(clock));
            audit.recordAs(username, grant.role().name(), AuditEntry.of(AuditAction.SSO_ACCOUNT_PROVISIONED, AuditedEntity.ACCOUNT, id)
                    .tenant(grant.tenant()).detail(who.issuer() + " " + who.subject() + " role=" + grant.role()));
            account = accounts.findById(id).orElseThrow();
        } else {
            account = existing.get();
            if (account.status() != AccountStatus.ACTIVE) {
                return refuse(who, new ClaimMapping.Refused(ClaimMapping.Refusal.ACCOUNT_DISABLED, account.status().name()));
            }
            accounts.updateProfile(account.id(), displayName(who), who.email());
            // a sign-in in another tab, or an administrator, may change the account between the read and the update
            // (its version): only an update that lands is audited; the user is then read as stored (portalUser)
            if (!grantedAsStored(account, grant)
                    && accounts.updateRole(account.id(), account.version(), grant.role(), grant.tenant(), grant.unitId())) {
                audit.recordAs(account.username(), grant.role().name(),
                        AuditEntry.of(AuditAction.ACCOUNT_ROLE_CHANGED, AuditedEntity.ACCOUNT, account.id())
                                .tenant(grant.tenant()).detail("by identity provider: " + account.role() + "@"
                                        + account.tenantId() + " → " + grant.role() + "@" + grant.tenant()));
            }
            account = accounts.findById(account.id()).orElseThrow();
        }
        audit.recordAs(account.username(), account.role().name(),
                AuditEntry.of(AuditAction.LOGIN_SUCCEEDED, AuditedEntity.ACCOUNT, account.id()).tenant(account.tenantId()).detail("sso"));
        return grant;
    }

    private static boolean grantedAsStored(Account account, ClaimMapping.Granted grant) {
        return account.role() == grant.role() && Objects.equals(account.tenantId(), grant.tenant())
                && Objects.equals(account.unitId(), grant.unitId());
    }

    /** The portal user of a linked identity (after {@link #link}). */
    @Transactional(readOnly = true)
    PortalUser portalUser(Identity who) {
        Account a = accounts.findByOidc(who.issuer(), who.subject()).orElseThrow();
        return new PortalUser(a.id(), a.username(), a.displayName(), a.role(), a.tenantId(), a.unitId());
    }

    @Transactional
    ClaimMapping.Refused refuse(Identity who, ClaimMapping.Refused refused) {
        String actor = who.preferredUsername() == null ? who.subject() : who.preferredUsername();
        audit.recordAs(actor.length() > 64 ? actor.substring(0, 64) : actor, null,
                AuditEntry.of(AuditAction.SSO_ACCESS_REFUSED, AuditedEntity.IDENTITY, who.subject())
                        .detail(refused.reason() + " " + refused.detail() + " issuer=" + who.issuer()));
        return refused;
    }

    private String freeUsername(Identity who) {
        String base = Optional.ofNullable(who.preferredUsername()).orElse(who.subject())
                .toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9._-]", "-");
        if (base.length() > 56) {
            base = base.substring(0, 56);
        }
        String candidate = base;
        for (int n = 2; accounts.existsByUsername(candidate); n++) {
            candidate = base + "-" + n;
        }
        return candidate;
    }

    private static String displayName(Identity who) {
        String name = who.displayName() != null && !who.displayName().isBlank() ? who.displayName()
                : who.preferredUsername() != null ? who.preferredUsername() : who.subject();
        return name.length() > 100 ? name.substring(0, 100) : name;
    }
}
