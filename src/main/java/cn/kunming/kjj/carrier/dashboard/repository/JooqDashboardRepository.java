package cn.kunming.kjj.carrier.dashboard.repository;

import cn.kunming.kjj.carrier.common.CallId;
import cn.kunming.kjj.carrier.carrier.CarrierStatus;
import cn.kunming.kjj.carrier.carrier.ManagementRecords.SubsidyStatus;
import cn.kunming.kjj.carrier.carrier.SubsidyState;
import cn.kunming.kjj.carrier.carrier.JooqCarrierConditions;
import cn.kunming.kjj.carrier.common.CarrierKind;
import cn.kunming.kjj.carrier.common.TenantId;
import cn.kunming.kjj.carrier.dossier.DossierStatus;
import cn.kunming.kjj.carrier.publicity.NoticeStatus;
import cn.kunming.kjj.carrier.security.TenantScope;
import cn.kunming.kjj.carrier.security.JooqScopes;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.impl.DSL;
import org.springframework.stereotype.Repository;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import static cn.kunming.kjj.carrier.jooq.Tables.APP_CALL;
import static cn.kunming.kjj.carrier.jooq.Tables.CARRIER;
import static cn.kunming.kjj.carrier.jooq.Tables.DOSSIER;
import static cn.kunming.kjj.carrier.jooq.Tables.MAJOR_CHANGE;
import static cn.kunming.kjj.carrier.jooq.Tables.PUBLIC_NOTICE;
import static cn.kunming.kjj.carrier.jooq.Tables.RECOVERY;
import static cn.kunming.kjj.carrier.jooq.Tables.REVIEW_SCHEDULE;
import static cn.kunming.kjj.carrier.jooq.Tables.SUBSIDY;

@Repository
class JooqDashboardRepository implements DashboardRepository {

    private final DSLContext dsl;

    JooqDashboardRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    private static Condition dossiersIn(TenantScope scope, Set<DossierStatus> statuses) {
        return JooqScopes.inScope(scope, DOSSIER.TENANT_ID, DOSSIER.UNIT_ID)
                .and(DOSSIER.STATUS.in(statuses));
    }

    private static Condition carriersIn(TenantScope scope) {
        return JooqScopes.inScope(scope, CARRIER.TENANT_ID, CARRIER.UNIT_ID);
    }

    @Override
    public Map<CallId, Map<DossierStatus, Long>> statusesByCall(TenantScope scope) {
        Field<Integer> n = DSL.count();
        Map<CallId, Map<DossierStatus, Long>> result = new HashMap<>();
        dsl.select(DOSSIER.CALL_ID, DOSSIER.STATUS, n).from(DOSSIER)
                .where(JooqScopes.inScope(scope, DOSSIER.TENANT_ID, DOSSIER.UNIT_ID))
                .groupBy(DOSSIER.CALL_ID, DOSSIER.STATUS)
                .forEach(r -> result.computeIfAbsent(r.value1(), k -> new EnumMap<>(DossierStatus.class))
                        .put(r.value2(), r.value3().longValue()));
        return result;
    }

    @Override
    public List<DossierCell> dossierCells(TenantScope scope, Set<DossierStatus> statuses) {
        Field<Integer> n = DSL.count();
        return dsl.select(DOSSIER.TENANT_ID, DOSSIER.KIND, DOSSIER.INDUSTRY_FIELD, n).from(DOSSIER)
                .where(dossiersIn(scope, statuses))
                .groupBy(DOSSIER.TENANT_ID, DOSSIER.KIND, DOSSIER.INDUSTRY_FIELD)
                .fetch(r -> new DossierCell(new TenantId(r.value1()), r.value2(), r.value3(),
                        r.value4()));
    }

    @Override
    public List<CarrierCell> carrierCells(TenantScope scope) {
        Field<Integer> n = DSL.count();
        return dsl.select(CARRIER.TENANT_ID, CARRIER.KIND, CARRIER.INDUSTRY_FIELD, CARRIER.STATUS, n).from(CARRIER)
                .where(carriersIn(scope))
                .groupBy(CARRIER.TENANT_ID, CARRIER.KIND, CARRIER.INDUSTRY_FIELD, CARRIER.STATUS)
                .fetch(r -> new CarrierCell(new TenantId(r.value1()), r.value2(), r.value3(),
                        r.value4(), r.value5()));
    }

    @Override
    public Map<Integer, Long> dossiersByCallYear(TenantScope scope, Set<DossierStatus> statuses) {
        Field<Integer> n = DSL.count();
        Map<Integer, Long> result = new TreeMap<>();
        dsl.select(APP_CALL.CALL_YEAR, n).from(DOSSIER).join(APP_CALL).on(APP_CALL.ID.eq(DOSSIER.CALL_ID))
                .where(dossiersIn(scope, statuses)).groupBy(APP_CALL.CALL_YEAR)
                .forEach(r -> result.put(r.value1(), r.value2().longValue()));
        return result;
    }

    @Override
    public Map<Integer, Long> carriersByYear(TenantScope scope) {
        Field<Integer> year = DSL.year(CARRIER.APPROVED_ON);
        Field<Integer> n = DSL.count();
        Map<Integer, Long> result = new TreeMap<>();
        dsl.select(year, n).from(CARRIER).where(carriersIn(scope)).groupBy(year)
                .forEach(r -> result.put(r.value1(), r.value2().longValue()));
        return result;
    }

    @Override
    public SubsidyTotals subsidy(TenantScope scope) {
        Condition in = carriersIn(scope);
        Field<Integer> owed = DSL.field(DSL.selectCount().from(CARRIER)
                .where(in.and(JooqCarrierConditions.subsidy(SubsidyState.OWED))));
        Field<Integer> disbursed = DSL.field(DSL.selectCount().from(CARRIER)
                .where(in.and(JooqCarrierConditions.subsidy(SubsidyState.DISBURSED))));
        Field<BigDecimal> disbursedYuan = DSL.field(DSL.select(DSL.coalesce(DSL.sum(SUBSIDY.AMOUNT_YUAN), BigDecimal.ZERO))
                .from(SUBSIDY).join(CARRIER).on(CARRIER.ID.eq(SUBSIDY.CARRIER_ID))
                .where(in.and(SUBSIDY.STATUS.eq(SubsidyStatus.APPROVED))));
        Field<Integer> toRecover = DSL.field(DSL.selectCount().from(CARRIER)
                .where(in.and(JooqCarrierConditions.subsidy(SubsidyState.TO_RECOVER))));
        Field<BigDecimal> outstanding = DSL.field(DSL.select(DSL.coalesce(
                        DSL.sum(RECOVERY.AMOUNT_DUE_YUAN.minus(JooqCarrierConditions.paidOn(RECOVERY.ID))), BigDecimal.ZERO))
                .from(RECOVERY).join(CARRIER).on(CARRIER.ID.eq(RECOVERY.CARRIER_ID)).where(in));
        var r = dsl.select(owed, disbursed, disbursedYuan, toRecover, outstanding).fetchSingle();
        return new SubsidyTotals(r.value1(), r.value2(), r.value3(), r.value4(), r.value5());
    }

    @Override
    public List<DatedItem> changesDue(TenantScope scope, LocalDate from, LocalDate to) {
        return dsl.select(MAJOR_CHANGE.ID, MAJOR_CHANGE.DUE_ON, CARRIER.NAME).from(MAJOR_CHANGE)
                .join(CARRIER).on(CARRIER.ID.eq(MAJOR_CHANGE.CARRIER_ID))
                .where(JooqScopes.inScope(scope, MAJOR_CHANGE.TENANT_ID, MAJOR_CHANGE.UNIT_ID))
                .and(MAJOR_CHANGE.DUE_ON.between(from, to))
                .orderBy(MAJOR_CHANGE.DUE_ON, MAJOR_CHANGE.ID)
                .fetch(r -> new DatedItem(r.value1(), r.value2(), r.value3()));
    }

    @Override
    public List<DatedItem> noticesEnding(LocalDate from, LocalDate to) {
        return dsl.select(PUBLIC_NOTICE.ID, PUBLIC_NOTICE.ENDS_ON, APP_CALL.TITLE).from(PUBLIC_NOTICE)
                .join(APP_CALL).on(APP_CALL.ID.eq(PUBLIC_NOTICE.CALL_ID))
                .where(PUBLIC_NOTICE.STATUS.eq(NoticeStatus.OPEN)).and(PUBLIC_NOTICE.ENDS_ON.between(from, to))
                .orderBy(PUBLIC_NOTICE.ENDS_ON)
                .fetch(r -> new DatedItem(r.value1().value(), r.value2(), r.value3()));
    }

    @Override
    public List<DatedItem> reviewDates(boolean recommendBy, LocalDate from, LocalDate to) {
        Field<LocalDate> date = recommendBy ? REVIEW_SCHEDULE.RECOMMEND_BY : REVIEW_SCHEDULE.REVIEW_BY;
        return dsl.select(APP_CALL.ID, date, APP_CALL.TITLE).from(REVIEW_SCHEDULE)
                .join(APP_CALL).on(APP_CALL.ID.eq(REVIEW_SCHEDULE.CALL_ID))
                .where(date.between(from, to)).orderBy(date)
                .fetch(r -> new DatedItem(r.value1().value(), r.value2(), r.value3()));
    }
}
