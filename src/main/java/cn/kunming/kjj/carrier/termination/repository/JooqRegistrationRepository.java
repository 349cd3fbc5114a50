package cn.kunming.kjj.carrier.termination.repository;

import cn.kunming.kjj.carrier.common.OnceOnly;
import cn.kunming.kjj.carrier.common.UnitId;
import cn.kunming.kjj.carrier.common.CarrierId;
import cn.kunming.kjj.carrier.common.DossierId;
import org.jspecify.annotations.Nullable;
import cn.kunming.kjj.carrier.common.TenantId;
import cn.kunming.kjj.carrier.security.TenantScope;
import cn.kunming.kjj.carrier.security.JooqScopes;
import cn.kunming.kjj.carrier.tenant.RegistrationStatus;
import cn.kunming.kjj.carrier.termination.RegistrationAlert;
import org.jooq.DSLContext;
import org.jooq.Record;
import org.jooq.impl.DSL;
import org.springframework.stereotype.Repository;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;

import static cn.kunming.kjj.carrier.jooq.Tables.HOST_UNIT;
import static cn.kunming.kjj.carrier.jooq.Tables.REGISTRATION_ALERT;
import static cn.kunming.kjj.carrier.jooq.Tables.REGISTRATION_IMPORT;
import static cn.kunming.kjj.carrier.jooq.Tables.REGISTRATION_RECORD;

@Repository
class JooqRegistrationRepository implements RegistrationRepository {

    private final DSLContext dsl;

    JooqRegistrationRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    @Override
    public boolean importKnown(String sha256) {
        return dsl.fetchCount(REGISTRATION_IMPORT, REGISTRATION_IMPORT.SHA256.eq(sha256)) > 0;
    }

    @Override
    public long insertImport(String fileName, String sha256, int entries, String by, LocalDateTime at) {
        return dsl.insertInto(REGISTRATION_IMPORT)
                .set(REGISTRATION_IMPORT.FILE_NAME, fileName)
                .set(REGISTRATION_IMPORT.SHA256, sha256)
                .set(REGISTRATION_IMPORT.ENTRIES, entries)
                .set(REGISTRATION_IMPORT.IMPORTED_BY, by)
                .set(REGISTRATION_IMPORT.IMPORTED_AT, at)
                .returning(REGISTRATION_IMPORT.ID).fetchSingle().getId();
    }

    @Override
    public void record(UnitId unitId, TenantId tenant, RegistrationStatus status, LocalDate on, @Nullable Long importId,
                       @Nullable String evidenceName, @Nullable String evidenceSha256, String by, LocalDateTime at) {
        dsl.update(HOST_UNIT).set(HOST_UNIT.REGISTRATION_STATUS, status).set(HOST_UNIT.REGISTRATION_STATUS_ON, on)
                .where(HOST_UNIT.ID.eq(unitId)).execute();
        dsl.insertInto(REGISTRATION_RECORD)
                .set(REGISTRATION_RECORD.UNIT_ID, unitId)
                .set(REGISTRATION_RECORD.TENANT_ID, tenant.value())
                .set(REGISTRATION_RECORD.STATUS, status)
                .set(REGISTRATION_RECORD.STATUS_ON, on)
                .set(REGISTRATION_RECORD.IMPORT_ID, importId)
                .set(REGISTRATION_RECORD.EVIDENCE_NAME, evidenceName)
                .set(REGISTRATION_RECORD.EVIDENCE_SHA256, evidenceSha256)
                .set(REGISTRATION_RECORD.RECORDED_BY, by)
                .set(REGISTRATION_RECORD.RECORDED_AT, at)
                .execute();
    }

    @Override
    public List<UnitStatus> unitsIn(RegistrationStatus status) {
        return dsl.select(HOST_UNIT.ID, HOST_UNIT.TENANT_ID, HOST_UNIT.REGISTRATION_STATUS_ON).from(HOST_UNIT)
                .where(HOST_UNIT.REGISTRATION_STATUS.eq(status)).orderBy(HOST_UNIT.ID)
                .fetch(r -> new UnitStatus(r.value1(), new TenantId(r.value2()), r.value3()));
    }

    @Override
    public Optional<LocalDate> statusOn(UnitId unitId) {
        return Optional.ofNullable(dsl.select(HOST_UNIT.REGISTRATION_STATUS_ON).from(HOST_UNIT)
                .where(HOST_UNIT.ID.eq(unitId)).fetchOne(HOST_UNIT.REGISTRATION_STATUS_ON));
    }

    @Override
    public boolean raise(UnitId unitId, TenantId tenant, RegistrationAlert.Kind kind, @Nullable CarrierId carrierId,
                         @Nullable DossierId dossierId, String key, LocalDateTime at) {
        return OnceOnly.inserted(() -> dsl.insertInto(REGISTRATION_ALERT)
                .set(REGISTRATION_ALERT.UNIT_ID, unitId)
                .set(REGISTRATION_ALERT.TENANT_ID, tenant.value())
                .set(REGISTRATION_ALERT.KIND, kind)
                .set(REGISTRATION_ALERT.CARRIER_ID, carrierId)
                .set(REGISTRATION_ALERT.DOSSIER_ID, dossierId)
                .set(REGISTRATION_ALERT.ALERT_KEY, key)
                .set(REGISTRATION_ALERT.RAISED_AT, at)
                .set(REGISTRATION_ALERT.STATUS, RegistrationAlert.Status.OPEN)
                .set(REGISTRATION_ALERT.VERSION, 0)
                .onDuplicateKeyIgnore()
                .execute());
    }

    private org.jooq.SelectOnConditionStep<Record> alerts() {
        return dsl.select(REGISTRATION_ALERT.fields()).select(HOST_UNIT.NAME).from(REGISTRATION_ALERT)
                .join(HOST_UNIT).on(HOST_UNIT.ID.eq(REGISTRATION_ALERT.UNIT_ID));
    }

    @Override
    public List<RegistrationAlert> alerts(TenantScope scope, boolean openOnly) {
        return alerts().where(JooqScopes.inScope(scope, REGISTRATION_ALERT.TENANT_ID, REGISTRATION_ALERT.UNIT_ID))
                .and(openOnly ? REGISTRATION_ALERT.STATUS.eq(RegistrationAlert.Status.OPEN) : DSL.trueCondition())
                .orderBy(REGISTRATION_ALERT.RAISED_AT.desc(), REGISTRATION_ALERT.ID.desc()).fetch(this::toAlert);
    }

    @Override
    public Optional<RegistrationAlert> alert(TenantScope scope, long id) {
        return alerts().where(JooqScopes.inScope(scope, REGISTRATION_ALERT.TENANT_ID, REGISTRATION_ALERT.UNIT_ID))
                .and(REGISTRATION_ALERT.ID.eq(id)).fetchOptional(this::toAlert);
    }

    @Override
    public boolean close(long id, int version, String decision, @Nullable String reason, String by,
                         LocalDateTime at) {
        return dsl.update(REGISTRATION_ALERT)
                .set(REGISTRATION_ALERT.STATUS, RegistrationAlert.Status.CLOSED)
                .set(REGISTRATION_ALERT.DECISION, decision)
                .set(REGISTRATION_ALERT.REASON, reason)
                .set(REGISTRATION_ALERT.DECIDED_BY, by)
                .set(REGISTRATION_ALERT.DECIDED_AT, at)
                .set(REGISTRATION_ALERT.VERSION, REGISTRATION_ALERT.VERSION.plus(1))
                .where(REGISTRATION_ALERT.ID.eq(id)).and(REGISTRATION_ALERT.VERSION.eq(version))
                .and(REGISTRATION_ALERT.STATUS.eq(RegistrationAlert.Status.OPEN)).execute() == 1;
    }

    private RegistrationAlert toAlert(Record r) {
        return new RegistrationAlert(r.get(REGISTRATION_ALERT.ID), r.get(REGISTRATION_ALERT.UNIT_ID), r.get(HOST_UNIT.NAME),
                r.get(REGISTRATION_ALERT.KIND), r.get(REGISTRATION_ALERT.CARRIER_ID),
                r.get(REGISTRATION_ALERT.DOSSIER_ID), r.get(REGISTRATION_ALERT.RAISED_AT),
                r.get(REGISTRATION_ALERT.STATUS), r.get(REGISTRATION_ALERT.DECISION),
                r.get(REGISTRATION_ALERT.REASON), r.get(REGISTRATION_ALERT.DECIDED_BY), r.get(REGISTRATION_ALERT.VERSION));
    }
}
