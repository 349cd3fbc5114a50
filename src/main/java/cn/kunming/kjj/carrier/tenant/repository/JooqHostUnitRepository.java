package cn.kunming.kjj.carrier.tenant.repository;

import cn.kunming.kjj.carrier.common.UnitId;
import org.jspecify.annotations.Nullable;
import cn.kunming.kjj.carrier.common.TenantId;
import cn.kunming.kjj.carrier.jooq.tables.records.HostUnitRecord;
import cn.kunming.kjj.carrier.security.TenantScope;
import cn.kunming.kjj.carrier.security.JooqScopes;
import cn.kunming.kjj.carrier.tenant.ActivationStatus;
import cn.kunming.kjj.carrier.tenant.HostUnit;
import cn.kunming.kjj.carrier.tenant.HostUnitDraft;
import cn.kunming.kjj.carrier.tenant.RegistrationStatus;
import cn.kunming.kjj.carrier.tenant.UnitType;
import cn.kunming.kjj.carrier.common.SearchTerm;
import cn.kunming.kjj.carrier.tenant.JooqUnitSearch;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;
import org.springframework.stereotype.Repository;

import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;

import static cn.kunming.kjj.carrier.jooq.Tables.HOST_UNIT;

@Repository
class JooqHostUnitRepository implements HostUnitRepository {

    private final DSLContext dsl;

    JooqHostUnitRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    /** As every list searches (issue 25): part of the name or part of the credit code, a typed wildcard as text. */
    private static Condition matching(@Nullable String nameOrCode) {
        SearchTerm term = SearchTerm.of(nameOrCode);
        return term == null ? DSL.trueCondition() : JooqUnitSearch.matches(term);
    }

    @Override
    public java.util.Map<UnitId, String> names(TenantScope scope) {
        return dsl.select(HOST_UNIT.ID, HOST_UNIT.NAME).from(HOST_UNIT).where(JooqScopes.hostUnitInScope(scope))
                .fetchMap(HOST_UNIT.ID, HOST_UNIT.NAME);
    }

    @Override
    public List<HostUnit> find(TenantScope scope, @Nullable String nameOrCode, int offset, int limit) {
        return dsl.selectFrom(HOST_UNIT)
                .where(JooqScopes.hostUnitInScope(scope)).and(matching(nameOrCode))
                .orderBy(HOST_UNIT.TENANT_ID, HOST_UNIT.NAME, HOST_UNIT.ID)
                .offset(offset).limit(limit)
                .fetch(JooqHostUnitRepository::toUnit);
    }

    @Override
    public int count(TenantScope scope, @Nullable String nameOrCode) {
        return dsl.fetchCount(HOST_UNIT, JooqScopes.hostUnitInScope(scope).and(matching(nameOrCode)));
    }

    @Override
    public Optional<HostUnit> findById(TenantScope scope, UnitId id) {
        return dsl.selectFrom(HOST_UNIT).where(HOST_UNIT.ID.eq(id)).and(JooqScopes.hostUnitInScope(scope))
                .fetchOptional(JooqHostUnitRepository::toUnit);
    }

    @Override
    public Optional<HostUnit> findByCreditCode(TenantScope scope, String creditCode) {
        return dsl.selectFrom(HOST_UNIT).where(HOST_UNIT.CLAIMED_CREDIT_CODE.eq(creditCode))
                .and(JooqScopes.hostUnitInScope(scope)).fetchOptional(JooqHostUnitRepository::toUnit);
    }

    @Override
    public boolean isClaimed(String creditCode) {
        return dsl.fetchExists(HOST_UNIT, HOST_UNIT.CLAIMED_CREDIT_CODE.eq(creditCode));
    }

    @Override
    public java.util.List<HostUnit> pendingWithCode(String creditCode) {
        return dsl.selectFrom(HOST_UNIT).where(HOST_UNIT.CREDIT_CODE.eq(creditCode))
                .and(HOST_UNIT.ACTIVATION_STATUS.eq(ActivationStatus.PENDING)).orderBy(HOST_UNIT.ID)
                .fetch(JooqHostUnitRepository::toUnit);
    }

    @Override
    public java.util.List<HostUnit> lockCode(String creditCode) {
        return dsl.selectFrom(HOST_UNIT).where(HOST_UNIT.CREDIT_CODE.eq(creditCode)).orderBy(HOST_UNIT.ID).forUpdate()
                .fetch(JooqHostUnitRepository::toUnit);
    }

    @Override
    public void attachLicence(UnitId unitId, String fileName, String sha256) {
        dsl.update(HOST_UNIT).set(HOST_UNIT.LICENCE_FILE_NAME, fileName).set(HOST_UNIT.LICENCE_SHA256, sha256)
                .where(HOST_UNIT.ID.eq(unitId)).execute();
    }

    @Override
    public Optional<cn.kunming.kjj.carrier.tenant.Licence> licence(TenantScope scope, UnitId unitId) {
        return dsl.select(HOST_UNIT.LICENCE_FILE_NAME, HOST_UNIT.LICENCE_SHA256).from(HOST_UNIT)
                .where(HOST_UNIT.ID.eq(unitId)).and(HOST_UNIT.LICENCE_SHA256.isNotNull())
                .and(JooqScopes.hostUnitInScope(scope))
                .fetchOptional(r -> new cn.kunming.kjj.carrier.tenant.Licence(r.value1(), r.value2()));
    }

    @Override
    public UnitId insert(HostUnitDraft u, boolean creditCodeOverride, ActivationStatus status, LocalDateTime createdAt) {
        return dsl.insertInto(HOST_UNIT)
                .set(HOST_UNIT.NAME, u.name())
                .set(HOST_UNIT.CREDIT_CODE, u.creditCode())
                .set(HOST_UNIT.CREDIT_CODE_OVERRIDE, creditCodeOverride)
                .set(HOST_UNIT.UNIT_TYPE, u.type())
                .set(HOST_UNIT.REGISTRATION_STATUS, RegistrationStatus.ACTIVE)
                .set(HOST_UNIT.TENANT_ID, u.tenantId().value())
                .set(HOST_UNIT.ADDRESS, u.address())
                .set(HOST_UNIT.LEGAL_REPRESENTATIVE, u.legalRepresentative())
                .set(HOST_UNIT.CONTACT_NAME, u.contactName())
                .set(HOST_UNIT.CONTACT_PHONE, u.contactPhone())
                .set(HOST_UNIT.ACTIVATION_STATUS, status)
                .set(HOST_UNIT.CLAIMED_CREDIT_CODE, status == ActivationStatus.ACTIVE ? u.creditCode() : null)
                .set(HOST_UNIT.CREATED_AT, createdAt)
                .set(HOST_UNIT.VERSION, 0)
                .returning(HOST_UNIT.ID)
                .fetchSingle().getId();
    }

    @Override
    public boolean updateActivation(TenantScope scope, UnitId id, int version, ActivationStatus status,
                                    String decidedBy, LocalDateTime decidedAt, @Nullable String reason) {
        // only an activated unit claims its code; a second activation of the same code breaks the unique key
        return dsl.update(HOST_UNIT)
                .set(HOST_UNIT.ACTIVATION_STATUS, status)
                .set(HOST_UNIT.CLAIMED_CREDIT_CODE, status == ActivationStatus.ACTIVE ? HOST_UNIT.CREDIT_CODE
                        : org.jooq.impl.DSL.castNull(HOST_UNIT.CREDIT_CODE.getDataType()))
                .set(HOST_UNIT.DECIDED_BY, decidedBy)
                .set(HOST_UNIT.DECIDED_AT, decidedAt)
                .set(HOST_UNIT.REJECTION_REASON, reason)
                .set(HOST_UNIT.VERSION, HOST_UNIT.VERSION.plus(1))
                .where(HOST_UNIT.ID.eq(id)).and(HOST_UNIT.VERSION.eq(version)).and(JooqScopes.hostUnitInScope(scope))
                .execute() == 1;
    }

    private static HostUnit toUnit(HostUnitRecord r) {
        return new HostUnit(r.getId(), r.getName(), r.getCreditCode(), Boolean.TRUE.equals(r.getCreditCodeOverride()),
                r.getUnitType(), r.getRegistrationStatus(),
                new TenantId(r.getTenantId()), r.getAddress(), r.getLegalRepresentative(), r.getContactName(),
                r.getContactPhone(), r.getActivationStatus(), r.getCreatedAt(),
                r.getVersion(), r.getDecidedBy(), r.getDecidedAt(), r.getRejectionReason());
    }
}
