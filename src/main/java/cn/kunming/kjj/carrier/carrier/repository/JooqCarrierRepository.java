package cn.kunming.kjj.carrier.carrier.repository;

import cn.kunming.kjj.carrier.common.OnceOnly;
import cn.kunming.kjj.carrier.common.UnitId;
import cn.kunming.kjj.carrier.common.CarrierId;
import cn.kunming.kjj.carrier.common.DossierId;
import cn.kunming.kjj.carrier.carrier.JooqCarrierConditions;
import cn.kunming.kjj.carrier.carrier.Carrier;
import cn.kunming.kjj.carrier.carrier.CarrierFilter;
import cn.kunming.kjj.carrier.carrier.CarrierStatus;
import cn.kunming.kjj.carrier.carrier.CarrierDraft;
import cn.kunming.kjj.carrier.common.CarrierKind;
import cn.kunming.kjj.carrier.common.TenantId;
import cn.kunming.kjj.carrier.security.TenantScope;
import cn.kunming.kjj.carrier.security.JooqScopes;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Record;
import org.jooq.SelectOnConditionStep;
import org.jooq.impl.DSL;
import org.springframework.stereotype.Repository;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

import static cn.kunming.kjj.carrier.jooq.Tables.CARRIER;
import static cn.kunming.kjj.carrier.jooq.Tables.HOST_UNIT;

@Repository
class JooqCarrierRepository implements CarrierRepository {

    private static final List<CarrierStatus> ACTIVE = Arrays.stream(CarrierStatus.values())
            .filter(CarrierStatus::active).toList();
    private final DSLContext dsl;

    JooqCarrierRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    private static Condition inScope(TenantScope scope) {
        return JooqScopes.inScope(scope, CARRIER.TENANT_ID, CARRIER.UNIT_ID);
    }

    @Override
    public boolean insertIfAbsent(CarrierDraft c, LocalDateTime at) {
        return OnceOnly.inserted(() -> dsl.insertInto(CARRIER)
                .set(CARRIER.DOSSIER_ID, c.dossierId())
                .set(CARRIER.UNIT_ID, c.unitId())
                .set(CARRIER.TENANT_ID, c.tenantId().value())
                .set(CARRIER.KIND, c.kind())
                .set(CARRIER.NAME, c.name())
                .set(CARRIER.INDUSTRY_FIELD, c.industryField())
                .set(CARRIER.APPROVED_ON, c.approvedOn())
                .set(CARRIER.DOCUMENT_NUMBER, c.documentNumber())
                .set(CARRIER.STATUS, CarrierStatus.CULTIVATING)
                .set(CARRIER.STATUS_SINCE, c.approvedOn())
                .set(CARRIER.CREATED_AT, at)
                .set(CARRIER.VERSION, 0)
                .onDuplicateKeyIgnore()
                .execute());
    }

    @Override
    public List<Carrier> find(TenantScope scope, CarrierFilter f) {
        return find(scope, f, 0, Integer.MAX_VALUE);
    }

    @Override
    public List<Carrier> find(TenantScope scope, CarrierFilter f, int offset, int limit) {
        Condition c = JooqCarrierConditions.of(scope, f);
        return withUnits()
                .where(c).orderBy(CARRIER.APPROVED_ON.desc(), CARRIER.ID.desc()).offset(offset).limit(limit)
                .fetch(this::toCarrier);
    }

    @Override
    public int count(TenantScope scope, CarrierFilter f) {
        return dsl.fetchCount(CARRIER, JooqCarrierConditions.of(scope, f));
    }

    @Override
    public Optional<Carrier> findByDossier(TenantScope scope, DossierId dossierId) {
        return withUnits()
                .where(CARRIER.DOSSIER_ID.eq(dossierId)).and(inScope(scope)).fetchOptional(this::toCarrier);
    }

    @Override
    public Optional<Carrier> findById(TenantScope scope, CarrierId id) {
        return withUnits()
                .where(CARRIER.ID.eq(id)).and(inScope(scope)).fetchOptional(this::toCarrier);
    }

    @Override
    public List<Carrier> inFields(Collection<String> fields) {
        if (fields.isEmpty()) {
            return List.of();
        }
        return withUnits()
                .where(CARRIER.INDUSTRY_FIELD.in(fields)).orderBy(CARRIER.APPROVED_ON.desc(), CARRIER.ID.desc())
                .fetch(this::toCarrier);
    }

    @Override
    public boolean holdsActive(TenantScope scope, UnitId unitId, CarrierKind kind) {
        return dsl.fetchCount(CARRIER, CARRIER.UNIT_ID.eq(unitId).and(CARRIER.KIND.eq(kind))
                .and(CARRIER.STATUS.in(ACTIVE)).and(inScope(scope))) > 0;
    }

    @Override
    public Optional<LocalDate> banInForce(TenantScope scope, UnitId unitId, LocalDate today) {
        return Optional.ofNullable(dsl.select(DSL.max(CARRIER.BAN_ENDS_ON)).from(CARRIER)
                .where(CARRIER.UNIT_ID.eq(unitId)).and(CARRIER.BAN_ENDS_ON.ge(today)).and(inScope(scope))
                .fetchOne(0, LocalDate.class));
    }

    @Override
    public List<Carrier> findByIds(TenantScope scope, Collection<CarrierId> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        return withUnits().where(CARRIER.ID.in(ids)).and(inScope(scope))
                .orderBy(CARRIER.APPROVED_ON.desc(), CARRIER.ID.desc()).fetch(this::toCarrier);
    }

    @Override
    public List<String> fields(TenantScope scope, int most) {
        return dsl.selectDistinct(CARRIER.INDUSTRY_FIELD).from(CARRIER).where(inScope(scope))
                .and(CARRIER.INDUSTRY_FIELD.isNotNull()).orderBy(CARRIER.INDUSTRY_FIELD).limit(most)
                .fetch(CARRIER.INDUSTRY_FIELD);
    }

    /** A carrier with its unit's name and credit code. */
    private SelectOnConditionStep<Record> withUnits() {
        return dsl.select(CARRIER.fields()).select(HOST_UNIT.NAME, HOST_UNIT.CREDIT_CODE).from(CARRIER)
                .join(HOST_UNIT).on(HOST_UNIT.ID.eq(CARRIER.UNIT_ID));
    }

    private Carrier toCarrier(Record r) {
        return new Carrier(r.get(CARRIER.ID), r.get(CARRIER.DOSSIER_ID), r.get(CARRIER.UNIT_ID), r.get(HOST_UNIT.NAME),
                r.get(HOST_UNIT.CREDIT_CODE),
                new TenantId(r.get(CARRIER.TENANT_ID)), r.get(CARRIER.KIND), r.get(CARRIER.NAME),
                r.get(CARRIER.INDUSTRY_FIELD), r.get(CARRIER.APPROVED_ON), r.get(CARRIER.DOCUMENT_NUMBER),
                r.get(CARRIER.STATUS), r.get(CARRIER.STATUS_SINCE), r.get(CARRIER.BAN_ENDS_ON),
                r.get(CARRIER.VERSION));
    }
}
