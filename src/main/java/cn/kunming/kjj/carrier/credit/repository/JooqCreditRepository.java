package cn.kunming.kjj.carrier.credit.repository;

import cn.kunming.kjj.carrier.common.UnitId;
import cn.kunming.kjj.carrier.common.CarrierId;
import cn.kunming.kjj.carrier.common.DossierId;
import cn.kunming.kjj.carrier.carrier.Carrier;
import cn.kunming.kjj.carrier.common.TenantId;
import cn.kunming.kjj.carrier.credit.CheckOccasion;
import cn.kunming.kjj.carrier.credit.CheckResult;
import cn.kunming.kjj.carrier.credit.CheckSource;
import cn.kunming.kjj.carrier.credit.CheckWindow;
import cn.kunming.kjj.carrier.credit.CreditAlert;
import cn.kunming.kjj.carrier.credit.CreditCheck;
import cn.kunming.kjj.carrier.credit.CreditImport;
import cn.kunming.kjj.carrier.credit.ListingEntry;
import cn.kunming.kjj.carrier.jooq.tables.records.CreditCheckRecord;
import cn.kunming.kjj.carrier.security.TenantScope;
import cn.kunming.kjj.carrier.security.JooqScopes;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Record;
import org.springframework.stereotype.Repository;
import tools.jackson.databind.json.JsonMapper;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;

import static cn.kunming.kjj.carrier.jooq.Tables.CARRIER;
import static cn.kunming.kjj.carrier.jooq.Tables.CREDIT_ALERT;
import static cn.kunming.kjj.carrier.jooq.Tables.CREDIT_CHECK;
import static cn.kunming.kjj.carrier.jooq.Tables.CREDIT_LIST_ENTRY;
import static cn.kunming.kjj.carrier.jooq.Tables.CREDIT_LIST_IMPORT;
import static cn.kunming.kjj.carrier.jooq.Tables.HOST_UNIT;

@Repository
class JooqCreditRepository implements CreditRepository {

    private final DSLContext dsl;
    private final JsonMapper json = JsonMapper.builder().build();

    JooqCreditRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    @Override
    public Optional<CreditImport> importBySha(String sha256) {
        return dsl.selectFrom(CREDIT_LIST_IMPORT).where(CREDIT_LIST_IMPORT.SHA256.eq(sha256))
                .fetchOptional(r -> new CreditImport(r.getId(), r.getFileName(), r.getSha256(), r.getEntries(),
                        r.getImportedBy(), r.getImportedAt()));
    }

    @Override
    public long insertImport(String fileName, String sha256, List<ListingEntry> entries, String by, LocalDateTime at) {
        long id = dsl.insertInto(CREDIT_LIST_IMPORT)
                .set(CREDIT_LIST_IMPORT.FILE_NAME, fileName)
                .set(CREDIT_LIST_IMPORT.SHA256, sha256)
                .set(CREDIT_LIST_IMPORT.ENTRIES, entries.size())
                .set(CREDIT_LIST_IMPORT.IMPORTED_BY, by)
                .set(CREDIT_LIST_IMPORT.IMPORTED_AT, at)
                .returning(CREDIT_LIST_IMPORT.ID).fetchSingle().getId();
        var insert = dsl.insertInto(CREDIT_LIST_ENTRY, CREDIT_LIST_ENTRY.IMPORT_ID, CREDIT_LIST_ENTRY.CREDIT_CODE,
                CREDIT_LIST_ENTRY.NAME, CREDIT_LIST_ENTRY.LIST_TYPE, CREDIT_LIST_ENTRY.AUTHORITY,
                CREDIT_LIST_ENTRY.LISTED_ON, CREDIT_LIST_ENTRY.REMOVED_ON);
        for (ListingEntry e : entries) {
            insert = insert.values(id, e.creditCode(), e.name(), e.listType(), e.authority(), e.listedOn(), e.removedOn());
        }
        if (!entries.isEmpty()) {
            insert.execute();
        }
        return id;
    }

    @Override
    public List<CreditImport> imports() {
        return dsl.selectFrom(CREDIT_LIST_IMPORT).orderBy(CREDIT_LIST_IMPORT.IMPORTED_AT.desc())
                .fetch(r -> new CreditImport(r.getId(), r.getFileName(), r.getSha256(), r.getEntries(),
                        r.getImportedBy(), r.getImportedAt()));
    }

    @Override
    public List<ListingEntry> entries(String codeOrName, int limit) {
        Condition c = codeOrName == null || codeOrName.isBlank() ? org.jooq.impl.DSL.trueCondition()
                : CREDIT_LIST_ENTRY.CREDIT_CODE.containsIgnoreCase(codeOrName.strip())
                .or(CREDIT_LIST_ENTRY.NAME.contains(codeOrName.strip()));
        return dsl.selectFrom(CREDIT_LIST_ENTRY).where(c).orderBy(CREDIT_LIST_ENTRY.LISTED_ON.desc(), CREDIT_LIST_ENTRY.ID)
                .limit(limit).fetch(r -> new ListingEntry(r.getCreditCode(), r.getName(), r.getListType(),
                        r.getAuthority(), r.getListedOn(), r.getRemovedOn()));
    }

    @Override
    public List<ListingEntry> matches(String creditCode, LocalDate from, LocalDate to) {
        return dsl.selectDistinct(CREDIT_LIST_ENTRY.CREDIT_CODE, CREDIT_LIST_ENTRY.NAME, CREDIT_LIST_ENTRY.LIST_TYPE,
                        CREDIT_LIST_ENTRY.AUTHORITY, CREDIT_LIST_ENTRY.LISTED_ON, CREDIT_LIST_ENTRY.REMOVED_ON)
                .from(CREDIT_LIST_ENTRY)
                .where(CREDIT_LIST_ENTRY.CREDIT_CODE.eq(creditCode))
                .and(CREDIT_LIST_ENTRY.LISTED_ON.le(to))
                .and(CREDIT_LIST_ENTRY.REMOVED_ON.isNull().or(CREDIT_LIST_ENTRY.REMOVED_ON.ge(from)))
                .orderBy(CREDIT_LIST_ENTRY.LISTED_ON)
                .fetch(r -> new ListingEntry(r.value1(), r.value2(), r.value3(), r.value4(), r.value5(), r.value6()));
    }

    @Override
    public long insertCheck(CreditCheck c, TenantId tenant) {
        return dsl.insertInto(CREDIT_CHECK)
                .set(CREDIT_CHECK.UNIT_ID, c.unitId())
                .set(CREDIT_CHECK.TENANT_ID, tenant.value())
                .set(CREDIT_CHECK.CREDIT_CODE, c.creditCode())
                .set(CREDIT_CHECK.OCCASION, c.occasion())
                .set(CREDIT_CHECK.SOURCE, c.source())
                .set(CREDIT_CHECK.WINDOW_FROM, c.window().from())
                .set(CREDIT_CHECK.WINDOW_TO, c.window().to())
                .set(CREDIT_CHECK.RESULT, c.result())
                .set(CREDIT_CHECK.MATCHED_JSON, c.matched().isEmpty() ? null : json.writeValueAsString(c.matched()))
                .set(CREDIT_CHECK.DETAIL, c.detail())
                .set(CREDIT_CHECK.EVIDENCE_NAME, c.evidenceName())
                .set(CREDIT_CHECK.EVIDENCE_SHA256, c.evidenceSha256())
                .set(CREDIT_CHECK.DOSSIER_ID, c.dossierId())
                .set(CREDIT_CHECK.CARRIER_ID, c.carrierId())
                .set(CREDIT_CHECK.CHECKED_BY, c.checkedBy())
                .set(CREDIT_CHECK.CHECKED_AT, c.checkedAt())
                .returning(CREDIT_CHECK.ID).fetchSingle().getId();
    }

    private static Condition checkInScope(TenantScope scope) {
        return JooqScopes.inScope(scope, CREDIT_CHECK.TENANT_ID, CREDIT_CHECK.UNIT_ID);
    }

    @Override
    public List<CreditCheck> checksOfUnit(TenantScope scope, UnitId unitId) {
        return dsl.selectFrom(CREDIT_CHECK).where(CREDIT_CHECK.UNIT_ID.eq(unitId)).and(checkInScope(scope))
                .orderBy(CREDIT_CHECK.CHECKED_AT.desc(), CREDIT_CHECK.ID.desc()).fetch(this::toCheck);
    }

    @Override
    public List<CreditCheck> checksOfDossier(TenantScope scope, DossierId dossierId) {
        return dsl.selectFrom(CREDIT_CHECK).where(CREDIT_CHECK.DOSSIER_ID.eq(dossierId)).and(checkInScope(scope))
                .orderBy(CREDIT_CHECK.CHECKED_AT.desc(), CREDIT_CHECK.ID.desc()).fetch(this::toCheck);
    }

    @Override
    public Optional<CreditCheck> check(TenantScope scope, long id) {
        return dsl.selectFrom(CREDIT_CHECK).where(CREDIT_CHECK.ID.eq(id)).and(checkInScope(scope)).fetchOptional(this::toCheck);
    }

    @Override
    public boolean checkedOn(CarrierId carrierId, LocalDate day) {
        return dsl.fetchCount(CREDIT_CHECK, CREDIT_CHECK.CARRIER_ID.eq(carrierId)
                .and(CREDIT_CHECK.OCCASION.eq(CheckOccasion.DAILY))
                .and(CREDIT_CHECK.CHECKED_AT.ge(day.atStartOfDay()))
                .and(CREDIT_CHECK.CHECKED_AT.lt(day.plusDays(1).atStartOfDay()))) > 0;
    }

    @Override
    public boolean hasOpenAlert(CarrierId carrierId) {
        return dsl.fetchCount(CREDIT_ALERT, CREDIT_ALERT.CARRIER_ID.eq(carrierId)
                .and(CREDIT_ALERT.STATUS.eq(CreditAlert.AlertStatus.OPEN))) > 0;
    }

    @Override
    public long insertAlert(Carrier carrier, long checkId, LocalDateTime at) {
        return dsl.insertInto(CREDIT_ALERT)
                .set(CREDIT_ALERT.CARRIER_ID, carrier.id())
                .set(CREDIT_ALERT.UNIT_ID, carrier.unitId())
                .set(CREDIT_ALERT.TENANT_ID, carrier.tenantId().value())
                .set(CREDIT_ALERT.CHECK_ID, checkId)
                .set(CREDIT_ALERT.RAISED_AT, at)
                .set(CREDIT_ALERT.STATUS, CreditAlert.AlertStatus.OPEN)
                .set(CREDIT_ALERT.VERSION, 0)
                .returning(CREDIT_ALERT.ID).fetchSingle().getId();
    }

    @Override
    public List<CreditAlert> alerts(TenantScope scope, boolean openOnly) {
        return dsl.select(CREDIT_ALERT.fields()).select(CARRIER.NAME, HOST_UNIT.NAME).from(CREDIT_ALERT)
                .join(CARRIER).on(CARRIER.ID.eq(CREDIT_ALERT.CARRIER_ID))
                .join(HOST_UNIT).on(HOST_UNIT.ID.eq(CREDIT_ALERT.UNIT_ID))
                .where(JooqScopes.inScope(scope, CREDIT_ALERT.TENANT_ID, CREDIT_ALERT.UNIT_ID))
                .and(openOnly ? CREDIT_ALERT.STATUS.eq(CreditAlert.AlertStatus.OPEN) : org.jooq.impl.DSL.trueCondition())
                .orderBy(CREDIT_ALERT.RAISED_AT.desc()).fetch(this::toAlert);
    }

    @Override
    public Optional<CreditAlert> alert(TenantScope scope, long id) {
        return dsl.select(CREDIT_ALERT.fields()).select(CARRIER.NAME, HOST_UNIT.NAME).from(CREDIT_ALERT)
                .join(CARRIER).on(CARRIER.ID.eq(CREDIT_ALERT.CARRIER_ID))
                .join(HOST_UNIT).on(HOST_UNIT.ID.eq(CREDIT_ALERT.UNIT_ID))
                .where(CREDIT_ALERT.ID.eq(id))
                .and(JooqScopes.inScope(scope, CREDIT_ALERT.TENANT_ID, CREDIT_ALERT.UNIT_ID)).fetchOptional(this::toAlert);
    }

    @Override
    public boolean decide(long id, int version, CreditAlert.AlertDecision decision, String reason, String by,
                          LocalDateTime at) {
        return dsl.update(CREDIT_ALERT)
                .set(CREDIT_ALERT.STATUS, CreditAlert.AlertStatus.DECIDED)
                .set(CREDIT_ALERT.DECISION, decision)
                .set(CREDIT_ALERT.REASON, reason)
                .set(CREDIT_ALERT.DECIDED_BY, by)
                .set(CREDIT_ALERT.DECIDED_AT, at)
                .set(CREDIT_ALERT.VERSION, CREDIT_ALERT.VERSION.plus(1))
                .where(CREDIT_ALERT.ID.eq(id)).and(CREDIT_ALERT.VERSION.eq(version))
                .and(CREDIT_ALERT.STATUS.eq(CreditAlert.AlertStatus.OPEN)).execute() == 1;
    }

    private CreditCheck toCheck(CreditCheckRecord r) {
        List<ListingEntry> matched = r.getMatchedJson() == null ? List.of()
                : List.of(json.readValue(r.getMatchedJson(), ListingEntry[].class));
        return new CreditCheck(r.getId(), r.getUnitId(), r.getCreditCode(), r.getOccasion(),
                r.getSource(), new CheckWindow(r.getWindowFrom(), r.getWindowTo()),
                r.getResult(), matched, r.getDetail(), r.getEvidenceName(), r.getEvidenceSha256(),
                r.getDossierId(), r.getCarrierId(), r.getCheckedBy(), r.getCheckedAt());
    }

    private CreditAlert toAlert(Record r) {
        var decision = r.get(CREDIT_ALERT.DECISION);
        return new CreditAlert(r.get(CREDIT_ALERT.ID), r.get(CREDIT_ALERT.CARRIER_ID), r.get(CARRIER.NAME),
                r.get(CREDIT_ALERT.UNIT_ID), r.get(HOST_UNIT.NAME), r.get(CREDIT_ALERT.CHECK_ID),
                r.get(CREDIT_ALERT.RAISED_AT), r.get(CREDIT_ALERT.STATUS),
                decision, r.get(CREDIT_ALERT.REASON),
                r.get(CREDIT_ALERT.DECIDED_BY), r.get(CREDIT_ALERT.DECIDED_AT), r.get(CREDIT_ALERT.VERSION));
    }
}
