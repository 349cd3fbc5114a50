package cn.kunming.kjj.carrier.security;

import cn.kunming.kjj.carrier.common.AccountId;
import cn.kunming.kjj.carrier.common.UnitId;
import cn.kunming.kjj.carrier.common.TenantId;
import org.jspecify.annotations.Nullable;

import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;

/**
 * What other features may read and do with accounts: a unit's applicant accounts (registration, activation), the
 * people a notification goes to, an expert's account. A narrow interface at the feature's root: other features use it,
 * never the feature's repositories.
 */
public interface Accounts {

    Optional<Account> findById(AccountId id);

    List<Account> find(@Nullable String usernameOrName, int offset, int limit);

    boolean existsByUsername(String username);

    AccountId insert(AccountDraft account, String passwordHash, AccountStatus status, LocalDateTime createdAt);

    boolean updateStatus(AccountId id, int version, AccountStatus status);

    /** The password was set by an administrator: its holder must choose one at the first sign-in. */
    void requirePasswordChange(AccountId id);

    /** Applicant accounts of units within the scope, optionally of one status. */
    List<UnitAccount> findUnitAccounts(TenantScope scope, @Nullable AccountStatus status);

    Optional<UnitAccount> findUnitAccount(TenantScope scope, AccountId accountId);

    /** Active accounts of a role, of one tenant or unit when given: the people a notification goes to. */
    List<Account> activeOf(Role role, @Nullable TenantId tenant, @Nullable UnitId unitId);
}
