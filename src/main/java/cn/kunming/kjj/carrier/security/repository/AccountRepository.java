package cn.kunming.kjj.carrier.security.repository;

import cn.kunming.kjj.carrier.common.AccountId;
import cn.kunming.kjj.carrier.common.UnitId;
import cn.kunming.kjj.carrier.security.Accounts;
import cn.kunming.kjj.carrier.common.TenantId;
import cn.kunming.kjj.carrier.security.Account;
import cn.kunming.kjj.carrier.security.AccountStatus;
import cn.kunming.kjj.carrier.security.AccountDraft;
import cn.kunming.kjj.carrier.security.Role;
import cn.kunming.kjj.carrier.security.TenantScope;
import cn.kunming.kjj.carrier.security.UnitAccount;
import org.jspecify.annotations.Nullable;

import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;

public interface AccountRepository extends Accounts {

    /** The account and its password hash, for authentication only. */
    record Credentials(Account account, String passwordHash, @Nullable LocalDateTime passwordChangedAt) {
    }

    /** Stored as the password of accounts that sign in only through the identity provider: matches nothing. */
    String NO_PASSWORD = "!";

    Optional<Credentials> findCredentials(String username);

    Optional<Account> findByOidc(String issuer, String subject);

    AccountId insertSso(AccountDraft account, String issuer, String subject, LocalDateTime createdAt);

    void updateProfile(AccountId id, String displayName, @Nullable String email);

    int count(@Nullable String usernameOrName);

    boolean updateRole(AccountId id, int version, Role role, @Nullable TenantId tenantId, @Nullable UnitId unitId);

    /** The hashes of the account's last {@code count} passwords, the present one first. */
    List<String> recentPasswordHashes(AccountId id, int count);

    /** Sets a new password, keeps its hash in the history, and records when it was set. */
    void changePassword(AccountId id, String passwordHash, LocalDateTime at);

    /** Login bookkeeping; not a user edit, so it leaves the version alone. */
    void updateLoginFailures(AccountId id, int failedAttempts, @Nullable LocalDateTime lockedUntil);

    /**
     * One more failed sign-in, counted by the database in one statement, so that concurrent failures each count; the
     * row stays locked until the caller's transaction ends. Empty while the account is locked (nothing is counted).
     */
    java.util.OptionalInt countLoginFailure(AccountId id, LocalDateTime now);

    /**
     * Locks the account until the given time when its count has reached the limit and no lock is in force; true only
     * for the call that locked it. The count starts afresh with the lock.
     */
    boolean lockAfterFailures(AccountId id, int maxFailures, LocalDateTime until, LocalDateTime now);

    /** A successful sign-in starts the count afresh, unless a lock is in force: then nothing changes and false. */
    boolean clearLoginFailures(AccountId id, LocalDateTime now);

}
