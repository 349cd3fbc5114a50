package cn.kunming.kjj.carrier.security.repository;

import cn.kunming.kjj.carrier.common.AccountId;
import cn.kunming.kjj.carrier.common.UnitId;
import cn.kunming.kjj.carrier.security.JooqScopes;
import cn.kunming.kjj.carrier.common.TenantId;
import cn.kunming.kjj.carrier.jooq.tables.records.AccountRecord;
import cn.kunming.kjj.carrier.security.Account;
import cn.kunming.kjj.carrier.security.AccountStatus;
import cn.kunming.kjj.carrier.security.AccountDraft;
import cn.kunming.kjj.carrier.security.Role;
import cn.kunming.kjj.carrier.security.TenantScope;
import cn.kunming.kjj.carrier.security.UnitAccount;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Record;
import org.jooq.SelectOnConditionStep;
import org.jooq.impl.DSL;
import org.springframework.stereotype.Repository;
import org.jspecify.annotations.Nullable;

import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;

import static cn.kunming.kjj.carrier.jooq.Tables.ACCOUNT;
import static cn.kunming.kjj.carrier.jooq.Tables.HOST_UNIT;
import static cn.kunming.kjj.carrier.jooq.Tables.PASSWORD_HISTORY;

@Repository
class JooqAccountRepository implements AccountRepository {

    private final DSLContext dsl;

    JooqAccountRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    @Override
    public Optional<Credentials> findCredentials(String username) {
        return dsl.selectFrom(ACCOUNT).where(ACCOUNT.USERNAME.eq(username))
                .fetchOptional(r -> new Credentials(toAccount(r), r.getPasswordHash(), r.getPasswordChangedAt()));
    }

    @Override
    public Optional<Account> findByOidc(String issuer, String subject) {
        return dsl.selectFrom(ACCOUNT).where(ACCOUNT.OIDC_ISSUER.eq(issuer)).and(ACCOUNT.OIDC_SUBJECT.eq(subject))
                .fetchOptional(JooqAccountRepository::toAccount);
    }

    @Override
    public AccountId insertSso(AccountDraft a, String issuer, String subject, LocalDateTime createdAt) {
        AccountId id = insert(a, NO_PASSWORD, AccountStatus.ACTIVE, createdAt);
        dsl.update(ACCOUNT).set(ACCOUNT.OIDC_ISSUER, issuer).set(ACCOUNT.OIDC_SUBJECT, subject)
                .where(ACCOUNT.ID.eq(id)).execute();
        return id;
    }

    @Override
    public List<String> recentPasswordHashes(AccountId id, int count) {
        return dsl.select(PASSWORD_HISTORY.PASSWORD_HASH).from(PASSWORD_HISTORY).where(PASSWORD_HISTORY.ACCOUNT_ID.eq(id))
                .orderBy(PASSWORD_HISTORY.ID.desc()).limit(count).fetch(PASSWORD_HISTORY.PASSWORD_HASH);
    }

    @Override
    public void changePassword(AccountId id, String passwordHash, LocalDateTime at) {
        dsl.update(ACCOUNT).set(ACCOUNT.PASSWORD_HASH, passwordHash).set(ACCOUNT.PASSWORD_CHANGED_AT, at)
                .where(ACCOUNT.ID.eq(id)).execute();
        remember(id, passwordHash, at);
    }

    private void remember(AccountId id, String passwordHash, LocalDateTime at) {
        dsl.insertInto(PASSWORD_HISTORY).set(PASSWORD_HISTORY.ACCOUNT_ID, id)
                .set(PASSWORD_HISTORY.PASSWORD_HASH, passwordHash).set(PASSWORD_HISTORY.CHANGED_AT, at).execute();
    }

    @Override
    public void requirePasswordChange(AccountId id) {
        dsl.update(ACCOUNT).set(ACCOUNT.PASSWORD_CHANGED_AT, (LocalDateTime) null).where(ACCOUNT.ID.eq(id)).execute();
    }

    @Override
    public void updateProfile(AccountId id, String displayName, @Nullable String email) {
        dsl.update(ACCOUNT).set(ACCOUNT.DISPLAY_NAME, displayName).set(ACCOUNT.EMAIL, email)
                .where(ACCOUNT.ID.eq(id)).execute();
    }

    @Override
    public Optional<Account> findById(AccountId id) {
        return dsl.selectFrom(ACCOUNT).where(ACCOUNT.ID.eq(id)).fetchOptional(JooqAccountRepository::toAccount);
    }

    private static Condition matching(@Nullable String term) {
        if (term == null || term.isBlank()) {
            return DSL.trueCondition();
        }
        return ACCOUNT.USERNAME.contains(term.strip()).or(ACCOUNT.DISPLAY_NAME.contains(term.strip()));
    }

    @Override
    public List<Account> find(@Nullable String usernameOrName, int offset, int limit) {
        return dsl.selectFrom(ACCOUNT).where(matching(usernameOrName))
                .orderBy(ACCOUNT.USERNAME).offset(offset).limit(limit)
                .fetch(JooqAccountRepository::toAccount);
    }

    @Override
    public List<Account> activeOf(Role role, @Nullable TenantId tenant, @Nullable UnitId unitId) {
        return dsl.selectFrom(ACCOUNT).where(ACCOUNT.ROLE.eq(role))
                .and(ACCOUNT.STATUS.eq(AccountStatus.ACTIVE))
                .and(tenant == null ? DSL.trueCondition() : ACCOUNT.TENANT_ID.eq(tenant.value()))
                .and(unitId == null ? DSL.trueCondition() : ACCOUNT.UNIT_ID.eq(unitId))
                .orderBy(ACCOUNT.ID).fetch(JooqAccountRepository::toAccount);
    }

    @Override
    public int count(@Nullable String usernameOrName) {
        return dsl.fetchCount(ACCOUNT, matching(usernameOrName));
    }

    @Override
    public boolean existsByUsername(String username) {
        return dsl.fetchCount(ACCOUNT, ACCOUNT.USERNAME.eq(username)) > 0;
    }

    @Override
    public AccountId insert(AccountDraft a, String passwordHash, AccountStatus status, LocalDateTime createdAt) {
        AccountId id = dsl.insertInto(ACCOUNT)
                .set(ACCOUNT.USERNAME, a.username())
                .set(ACCOUNT.DISPLAY_NAME, a.displayName())
                .set(ACCOUNT.PASSWORD_HASH, passwordHash)
                .set(ACCOUNT.ROLE, a.role())
                .set(ACCOUNT.TENANT_ID, a.tenantId() == null ? null : a.tenantId().value())
                .set(ACCOUNT.UNIT_ID, a.unitId())
                .set(ACCOUNT.STATUS, status)
                .set(ACCOUNT.EMAIL, a.email())
                .set(ACCOUNT.FAILED_ATTEMPTS, 0)
                .set(ACCOUNT.CREATED_AT, createdAt)
                .set(ACCOUNT.PASSWORD_CHANGED_AT, createdAt)
                .set(ACCOUNT.VERSION, 0)
                .returning(ACCOUNT.ID)
                .fetchSingle().getId();
        if (!NO_PASSWORD.equals(passwordHash)) {
            remember(id, passwordHash, createdAt);
        }
        return id;
    }

    @Override
    public boolean updateRole(AccountId id, int version, Role role, @Nullable TenantId tenantId,
                              @Nullable UnitId unitId) {
        return dsl.update(ACCOUNT)
                .set(ACCOUNT.ROLE, role)
                .set(ACCOUNT.TENANT_ID, tenantId == null ? null : tenantId.value())
                .set(ACCOUNT.UNIT_ID, unitId)
                .set(ACCOUNT.VERSION, ACCOUNT.VERSION.plus(1))
                .where(ACCOUNT.ID.eq(id)).and(ACCOUNT.VERSION.eq(version))
                .execute() == 1;
    }

    @Override
    public boolean updateStatus(AccountId id, int version, AccountStatus status) {
        return dsl.update(ACCOUNT)
                .set(ACCOUNT.STATUS, status)
                .set(ACCOUNT.VERSION, ACCOUNT.VERSION.plus(1))
                .where(ACCOUNT.ID.eq(id)).and(ACCOUNT.VERSION.eq(version))
                .execute() == 1;
    }

    @Override
    public void updateLoginFailures(AccountId id, int failedAttempts, @Nullable LocalDateTime lockedUntil) {
        dsl.update(ACCOUNT)
                .set(ACCOUNT.FAILED_ATTEMPTS, failedAttempts)
                .set(ACCOUNT.LOCKED_UNTIL, lockedUntil)
                .where(ACCOUNT.ID.eq(id))
                .execute();
    }

    @Override
    public java.util.OptionalInt countLoginFailure(AccountId id, LocalDateTime now) {
        int counted = dsl.update(ACCOUNT)
                .set(ACCOUNT.FAILED_ATTEMPTS, ACCOUNT.FAILED_ATTEMPTS.plus(1))
                .where(ACCOUNT.ID.eq(id)).and(notLocked(now))
                .execute();
        if (counted == 0) {
            return java.util.OptionalInt.empty();
        }
        return java.util.OptionalInt.of(dsl.select(ACCOUNT.FAILED_ATTEMPTS).from(ACCOUNT).where(ACCOUNT.ID.eq(id))
                .fetchSingle().value1());
    }

    @Override
    public boolean lockAfterFailures(AccountId id, int maxFailures, LocalDateTime until, LocalDateTime now) {
        return dsl.update(ACCOUNT)
                .set(ACCOUNT.LOCKED_UNTIL, until)
                .set(ACCOUNT.FAILED_ATTEMPTS, 0)
                .where(ACCOUNT.ID.eq(id)).and(ACCOUNT.FAILED_ATTEMPTS.ge(maxFailures)).and(notLocked(now))
                .execute() == 1;
    }

    @Override
    public boolean clearLoginFailures(AccountId id, LocalDateTime now) {
        // "found rows" (the driver's default) also counts a row that already held these values
        dsl.update(ACCOUNT)
                .set(ACCOUNT.FAILED_ATTEMPTS, 0)
                .setNull(ACCOUNT.LOCKED_UNTIL)
                .where(ACCOUNT.ID.eq(id)).and(notLocked(now))
                .execute();
        LocalDateTime lockedUntil = dsl.select(ACCOUNT.LOCKED_UNTIL).from(ACCOUNT).where(ACCOUNT.ID.eq(id))
                .fetchOne(ACCOUNT.LOCKED_UNTIL);
        return lockedUntil == null || !lockedUntil.isAfter(now);
    }

    private static org.jooq.Condition notLocked(LocalDateTime now) {
        return ACCOUNT.LOCKED_UNTIL.isNull().or(ACCOUNT.LOCKED_UNTIL.le(now));
    }

    /**
     * The unit's activation as stored (a name of the tenant feature's enum, which accounts do not depend on): the
     * column without its enum converter.
     */
    private static final Field<String> UNIT_ACTIVATION = DSL.field(HOST_UNIT.ACTIVATION_STATUS.getQualifiedName(),
            String.class);

    private SelectOnConditionStep<Record> unitAccounts() {
        return dsl.select(ACCOUNT.fields()).select(HOST_UNIT.NAME, HOST_UNIT.CREDIT_CODE, HOST_UNIT.TENANT_ID,
                        UNIT_ACTIVATION, HOST_UNIT.CREDIT_CODE_OVERRIDE, HOST_UNIT.LICENCE_SHA256)
                .from(ACCOUNT).join(HOST_UNIT).on(HOST_UNIT.ID.eq(ACCOUNT.UNIT_ID));
    }

    @Override
    public List<UnitAccount> findUnitAccounts(TenantScope scope, @Nullable AccountStatus status) {
        Condition byStatus = status == null ? DSL.trueCondition() : ACCOUNT.STATUS.eq(status);
        return unitAccounts()
                .where(ACCOUNT.ROLE.eq(Role.APPLICANT)).and(JooqScopes.hostUnitInScope(scope)).and(byStatus)
                .orderBy(ACCOUNT.CREATED_AT, ACCOUNT.ID)
                .fetch(JooqAccountRepository::toUnitAccount);
    }

    @Override
    public Optional<UnitAccount> findUnitAccount(TenantScope scope, AccountId accountId) {
        return unitAccounts()
                .where(ACCOUNT.ID.eq(accountId)).and(ACCOUNT.ROLE.eq(Role.APPLICANT)).and(JooqScopes.hostUnitInScope(scope))
                .fetchOptional(JooqAccountRepository::toUnitAccount);
    }

    private static UnitAccount toUnitAccount(Record r) {
        return new UnitAccount(r.get(ACCOUNT.ID), r.get(ACCOUNT.USERNAME), r.get(ACCOUNT.DISPLAY_NAME),
                r.get(ACCOUNT.STATUS), r.get(ACCOUNT.VERSION), r.get(ACCOUNT.UNIT_ID),
                r.get(HOST_UNIT.NAME), r.get(HOST_UNIT.CREDIT_CODE), new TenantId(r.get(HOST_UNIT.TENANT_ID)),
                r.get(UNIT_ACTIVATION), r.get(ACCOUNT.CREATED_AT),
                Boolean.TRUE.equals(r.get(HOST_UNIT.CREDIT_CODE_OVERRIDE)), r.get(HOST_UNIT.LICENCE_SHA256) != null);
    }

    private static Account toAccount(AccountRecord r) {
        return new Account(r.getId(), r.getUsername(), r.getDisplayName(), r.getRole(),
                r.getTenantId() == null ? null : new TenantId(r.getTenantId()), r.getUnitId(),
                r.getStatus(), r.getEmail(), r.getFailedAttempts(), r.getLockedUntil(),
                r.getCreatedAt(), r.getVersion());
    }
}
