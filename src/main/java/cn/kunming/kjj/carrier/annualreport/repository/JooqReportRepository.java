package cn.kunming.kjj.carrier.annualreport.repository;

import cn.kunming.kjj.carrier.common.OnceOnly;
import cn.kunming.kjj.carrier.common.CarrierId;
import cn.kunming.kjj.carrier.common.ReportId;
import org.jspecify.annotations.Nullable;
import cn.kunming.kjj.carrier.carrier.CarrierStatus;
import cn.kunming.kjj.carrier.annualreport.AnnualReport;
import cn.kunming.kjj.carrier.annualreport.EvaluationRemark;
import cn.kunming.kjj.carrier.annualreport.YearlyEvaluation;
import cn.kunming.kjj.carrier.annualreport.EvaluationResult;
import cn.kunming.kjj.carrier.annualreport.ReportContent;
import cn.kunming.kjj.carrier.annualreport.ReportStatus;
import cn.kunming.kjj.carrier.annualreport.ReportableCarrier;
import cn.kunming.kjj.carrier.common.TenantId;
import cn.kunming.kjj.carrier.security.TenantScope;
import cn.kunming.kjj.carrier.security.JooqScopes;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Record;
import org.jooq.impl.DSL;
import org.springframework.stereotype.Repository;
import tools.jackson.databind.json.JsonMapper;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Collection;
import java.util.List;
import java.util.HashSet;
import java.util.HashMap;
import java.util.Set;
import java.util.Map;
import java.util.Optional;

import static cn.kunming.kjj.carrier.jooq.Tables.ANNUAL_REPORT;
import static cn.kunming.kjj.carrier.jooq.Tables.ANNUAL_REPORT_VERSION;
import static cn.kunming.kjj.carrier.jooq.Tables.CARRIER;
import static cn.kunming.kjj.carrier.jooq.Tables.EVALUATION;
import static cn.kunming.kjj.carrier.jooq.Tables.REPORT_ATTACHMENT;
import static cn.kunming.kjj.carrier.jooq.Tables.REPORT_REMARK;
import static cn.kunming.kjj.carrier.jooq.Tables.TENANT;

@Repository
class JooqReportRepository implements ReportRepository {

    private static final List<CarrierStatus> ON_THE_LIST = List.of(CarrierStatus.CULTIVATING,
            CarrierStatus.PROVINCIALLY_FILED);
    private final DSLContext dsl;
    private final JsonMapper json = JsonMapper.builder().build();

    JooqReportRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    private static Condition reportInScope(TenantScope scope) {
        return JooqScopes.inScope(scope, ANNUAL_REPORT.TENANT_ID, ANNUAL_REPORT.UNIT_ID);
    }

    @Override
    public List<ReportableCarrier> activeCarriers(TenantScope scope) {
        return dsl.selectFrom(CARRIER).where(CARRIER.STATUS.in(ON_THE_LIST))
                .and(JooqScopes.inScope(scope, CARRIER.TENANT_ID, CARRIER.UNIT_ID)).orderBy(CARRIER.ID)
                .fetch(c -> new ReportableCarrier(c.getId(), c.getName(), c.getUnitId(), new TenantId(c.getTenantId()),
                        c.getApprovedOn()));
    }

    @Override
    public Optional<ReportableCarrier> carrier(TenantScope scope, CarrierId carrierId) {
        return dsl.selectFrom(CARRIER).where(CARRIER.ID.eq(carrierId))
                .and(JooqScopes.inScope(scope, CARRIER.TENANT_ID, CARRIER.UNIT_ID))
                .fetchOptional(c -> new ReportableCarrier(c.getId(), c.getName(), c.getUnitId(),
                        new TenantId(c.getTenantId()), c.getApprovedOn()));
    }

    private org.jooq.SelectOnConditionStep<Record> reports() {
        return dsl.select(ANNUAL_REPORT.fields()).select(CARRIER.NAME).from(ANNUAL_REPORT)
                .join(CARRIER).on(CARRIER.ID.eq(ANNUAL_REPORT.CARRIER_ID));
    }

    @Override
    public List<AnnualReport> reports(TenantScope scope, @Nullable Integer year) {
        return reports().where(reportInScope(scope))
                .and(year == null ? DSL.trueCondition() : ANNUAL_REPORT.REPORT_YEAR.eq(year))
                .orderBy(ANNUAL_REPORT.REPORT_YEAR.desc(), ANNUAL_REPORT.DUE_ON, ANNUAL_REPORT.ID).fetch(this::toReport);
    }

    @Override
    public Map<CarrierId, Set<Integer>> submittedYears(TenantScope scope) {
        Map<CarrierId, Set<Integer>> years = new HashMap<>();
        dsl.select(ANNUAL_REPORT.CARRIER_ID, ANNUAL_REPORT.REPORT_YEAR).from(ANNUAL_REPORT).where(reportInScope(scope))
                .and(ANNUAL_REPORT.STATUS.eq(ReportStatus.SUBMITTED))
                .forEach(r -> years.computeIfAbsent(r.value1(), c -> new HashSet<>()).add(r.value2()));
        return years;
    }

    @Override
    public List<AnnualReport> reportsOf(TenantScope scope, CarrierId carrierId) {
        return reports().where(reportInScope(scope)).and(ANNUAL_REPORT.CARRIER_ID.eq(carrierId))
                .orderBy(ANNUAL_REPORT.REPORT_YEAR.desc()).fetch(this::toReport);
    }

    @Override
    public Optional<AnnualReport> report(TenantScope scope, ReportId id) {
        return reports().where(reportInScope(scope)).and(ANNUAL_REPORT.ID.eq(id)).fetchOptional(this::toReport);
    }

    @Override
    public ReportId insert(ReportableCarrier c, int year, LocalDate dueOn, ReportContent content, LocalDateTime at) {
        return dsl.insertInto(ANNUAL_REPORT)
                .set(ANNUAL_REPORT.CARRIER_ID, c.id())
                .set(ANNUAL_REPORT.UNIT_ID, c.unitId())
                .set(ANNUAL_REPORT.TENANT_ID, c.tenantId().value())
                .set(ANNUAL_REPORT.REPORT_YEAR, year)
                .set(ANNUAL_REPORT.STATUS, ReportStatus.DRAFT)
                .set(ANNUAL_REPORT.CONTENT_JSON, json.writeValueAsString(content))
                .set(ANNUAL_REPORT.DUE_ON, dueOn)
                .set(ANNUAL_REPORT.SAVED_AT, at)
                .set(ANNUAL_REPORT.VERSION, 0)
                .returning(ANNUAL_REPORT.ID).fetchSingle().getId();
    }

    @Override
    public boolean save(TenantScope scope, ReportId id, int version, ReportContent content, LocalDateTime at) {
        return dsl.update(ANNUAL_REPORT)
                .set(ANNUAL_REPORT.CONTENT_JSON, json.writeValueAsString(content))
                .set(ANNUAL_REPORT.SAVED_AT, at)
                .set(ANNUAL_REPORT.VERSION, ANNUAL_REPORT.VERSION.plus(1))
                .where(ANNUAL_REPORT.ID.eq(id)).and(ANNUAL_REPORT.VERSION.eq(version))
                .and(ANNUAL_REPORT.STATUS.ne(ReportStatus.SUBMITTED)).and(reportInScope(scope)).execute() == 1;
    }

    @Override
    public boolean submit(TenantScope scope, ReportId id, int version, ReportContent content, String by, LocalDateTime at) {
        boolean locked = dsl.update(ANNUAL_REPORT)
                .set(ANNUAL_REPORT.CONTENT_JSON, json.writeValueAsString(content))
                .set(ANNUAL_REPORT.STATUS, ReportStatus.SUBMITTED)
                .set(ANNUAL_REPORT.SUBMITTED_AT, at)
                .set(ANNUAL_REPORT.SUBMITTED_BY, by)
                .set(ANNUAL_REPORT.SAVED_AT, at)
                .set(ANNUAL_REPORT.VERSION, ANNUAL_REPORT.VERSION.plus(1))
                .where(ANNUAL_REPORT.ID.eq(id)).and(ANNUAL_REPORT.VERSION.eq(version))
                .and(ANNUAL_REPORT.STATUS.ne(ReportStatus.SUBMITTED)).and(reportInScope(scope)).execute() == 1;
        if (locked) {
            int number = dsl.fetchCount(ANNUAL_REPORT_VERSION, ANNUAL_REPORT_VERSION.REPORT_ID.eq(id)) + 1;
            dsl.insertInto(ANNUAL_REPORT_VERSION)
                    .set(ANNUAL_REPORT_VERSION.REPORT_ID, id)
                    .set(ANNUAL_REPORT_VERSION.NUMBER, number)
                    .set(ANNUAL_REPORT_VERSION.CONTENT_JSON, json.writeValueAsString(content))
                    .set(ANNUAL_REPORT_VERSION.SUBMITTED_AT, at)
                    .set(ANNUAL_REPORT_VERSION.SUBMITTED_BY, by)
                    .execute();
        }
        return locked;
    }

    @Override
    public boolean returnForRevision(TenantScope scope, ReportId id, int version, String reason) {
        return dsl.update(ANNUAL_REPORT)
                .set(ANNUAL_REPORT.STATUS, ReportStatus.RETURNED)
                .set(ANNUAL_REPORT.RETURN_REASON, reason)
                .set(ANNUAL_REPORT.VERSION, ANNUAL_REPORT.VERSION.plus(1))
                .where(ANNUAL_REPORT.ID.eq(id)).and(ANNUAL_REPORT.VERSION.eq(version))
                .and(ANNUAL_REPORT.STATUS.eq(ReportStatus.SUBMITTED)).and(reportInScope(scope)).execute() == 1;
    }

    @Override
    public java.util.Set<ReportId> awaitingEvaluation(TenantScope scope) {
        return new java.util.HashSet<>(dsl.select(ANNUAL_REPORT.ID).from(ANNUAL_REPORT).where(reportInScope(scope))
                .and(ANNUAL_REPORT.STATUS.eq(ReportStatus.SUBMITTED))
                .andNotExists(DSL.selectOne().from(EVALUATION).where(EVALUATION.CARRIER_ID.eq(ANNUAL_REPORT.CARRIER_ID))
                        .and(EVALUATION.EVAL_YEAR.eq(ANNUAL_REPORT.REPORT_YEAR)))
                .fetch(ANNUAL_REPORT.ID));
    }

    @Override
    public List<YearlyEvaluation> evaluationsOf(TenantScope scope, CarrierId carrierId) {
        return dsl.selectFrom(EVALUATION).where(EVALUATION.CARRIER_ID.eq(carrierId))
                .and(JooqScopes.inScope(scope, EVALUATION.TENANT_ID, EVALUATION.UNIT_ID))
                .orderBy(EVALUATION.EVAL_YEAR.desc()).fetch(this::toEvaluation);
    }

    @Override
    public void upsertEvaluation(ReportableCarrier c, int year, BigDecimal score, EvaluationResult result,
                                 @Nullable String comment,
                                 String by, LocalDateTime at) {
        int updated = dsl.update(EVALUATION).set(EVALUATION.SCORE, score).set(EVALUATION.RESULT, result)
                .set(EVALUATION.COMMENT, comment).set(EVALUATION.DECIDED_BY, by).set(EVALUATION.DECIDED_AT, at)
                .where(EVALUATION.CARRIER_ID.eq(c.id())).and(EVALUATION.EVAL_YEAR.eq(year)).execute();
        if (updated == 0) {
            dsl.insertInto(EVALUATION)
                    .set(EVALUATION.CARRIER_ID, c.id())
                    .set(EVALUATION.UNIT_ID, c.unitId())
                    .set(EVALUATION.TENANT_ID, c.tenantId().value())
                    .set(EVALUATION.EVAL_YEAR, year)
                    .set(EVALUATION.SCORE, score)
                    .set(EVALUATION.RESULT, result)
                    .set(EVALUATION.COMMENT, comment)
                    .set(EVALUATION.DECIDED_BY, by)
                    .set(EVALUATION.DECIDED_AT, at)
                    .execute();
        }
    }

    @Override
    public List<Integer> submittedYears(CarrierId carrierId) {
        return dsl.select(ANNUAL_REPORT.REPORT_YEAR).from(ANNUAL_REPORT).where(ANNUAL_REPORT.CARRIER_ID.eq(carrierId))
                .and(ANNUAL_REPORT.SUBMITTED_AT.isNotNull()).fetch(ANNUAL_REPORT.REPORT_YEAR);
    }

    @Override
    public List<YearlyEvaluation> evaluations(CarrierId carrierId) {
        return dsl.selectFrom(EVALUATION).where(EVALUATION.CARRIER_ID.eq(carrierId)).orderBy(EVALUATION.EVAL_YEAR)
                .fetch(this::toEvaluation);
    }

    @Override
    public long insertFile(AnnualReport report, String fileName, long size, String sha256, String by, LocalDateTime at) {
        return dsl.insertInto(REPORT_ATTACHMENT)
                .set(REPORT_ATTACHMENT.REPORT_ID, report.id())
                .set(REPORT_ATTACHMENT.TENANT_ID, report.tenantId().value())
                .set(REPORT_ATTACHMENT.UNIT_ID, report.unitId())
                .set(REPORT_ATTACHMENT.FILE_NAME, fileName)
                .set(REPORT_ATTACHMENT.SIZE_BYTES, size)
                .set(REPORT_ATTACHMENT.SHA256, sha256)
                .set(REPORT_ATTACHMENT.UPLOADED_BY, by)
                .set(REPORT_ATTACHMENT.UPLOADED_AT, at)
                .set(REPORT_ATTACHMENT.REMOVED, false)
                .returning(REPORT_ATTACHMENT.ID).fetchSingle().getId();
    }

    @Override
    public List<cn.kunming.kjj.carrier.annualreport.ReportFile> files(ReportId reportId) {
        return dsl.selectFrom(REPORT_ATTACHMENT).where(REPORT_ATTACHMENT.REPORT_ID.eq(reportId))
                .and(REPORT_ATTACHMENT.REMOVED.isFalse()).orderBy(REPORT_ATTACHMENT.ID)
                .fetch(f -> new cn.kunming.kjj.carrier.annualreport.ReportFile(f.getId(), f.getReportId(), f.getFileName(),
                        f.getSizeBytes(), f.getSha256(), f.getUploadedBy(), f.getUploadedAt()));
    }

    @Override
    public boolean removeFile(ReportId reportId, long fileId) {
        return dsl.update(REPORT_ATTACHMENT).set(REPORT_ATTACHMENT.REMOVED, true).where(REPORT_ATTACHMENT.ID.eq(fileId))
                .and(REPORT_ATTACHMENT.REPORT_ID.eq(reportId)).execute() == 1;
    }

    @Override
    public List<FieldReport> submittedInFields(Collection<String> fields) {
        if (fields.isEmpty()) {
            return List.of();
        }
        return dsl.select(ANNUAL_REPORT.fields()).select(CARRIER.NAME, CARRIER.INDUSTRY_FIELD).from(ANNUAL_REPORT)
                .join(CARRIER).on(CARRIER.ID.eq(ANNUAL_REPORT.CARRIER_ID))
                .where(CARRIER.INDUSTRY_FIELD.in(fields)).and(ANNUAL_REPORT.STATUS.eq(ReportStatus.SUBMITTED))
                .orderBy(ANNUAL_REPORT.SUBMITTED_AT.desc(), ANNUAL_REPORT.ID.desc())
                .fetch(r -> new FieldReport(toReport(r), r.get(CARRIER.INDUSTRY_FIELD)));
    }

    @Override
    public boolean evaluated(CarrierId carrierId, int year) {
        // counted, not fetchExists: H2 answers EXISTS over a composite unique index without a row the same transaction
        // inserted (see JooqAuthorityRepository.linkExists)
        return dsl.fetchCount(EVALUATION, EVALUATION.CARRIER_ID.eq(carrierId).and(EVALUATION.EVAL_YEAR.eq(year))) > 0;
    }

    @Override
    public List<EvaluationRemark> remarks(ReportId reportId) {
        return remarks(REPORT_REMARK.REPORT_ID.eq(reportId));
    }

    @Override
    public List<EvaluationRemark> remarksOfCarrier(CarrierId carrierId) {
        return remarks(ANNUAL_REPORT.CARRIER_ID.eq(carrierId));
    }

    private List<EvaluationRemark> remarks(Condition condition) {
        return dsl.select(REPORT_REMARK.fields()).select(TENANT.NAME, ANNUAL_REPORT.REPORT_YEAR).from(REPORT_REMARK)
                .join(ANNUAL_REPORT).on(ANNUAL_REPORT.ID.eq(REPORT_REMARK.REPORT_ID))
                .join(TENANT).on(TENANT.ID.eq(REPORT_REMARK.AUTHORITY_ID))
                .where(condition)
                .orderBy(ANNUAL_REPORT.REPORT_YEAR.desc(), REPORT_REMARK.REMARKED_AT, REPORT_REMARK.ID)
                .fetch(r -> new EvaluationRemark(r.get(REPORT_REMARK.ID), r.get(REPORT_REMARK.REPORT_ID),
                        r.get(ANNUAL_REPORT.REPORT_YEAR), new TenantId(r.get(REPORT_REMARK.AUTHORITY_ID)),
                        r.get(TENANT.NAME), r.get(REPORT_REMARK.REMARK), r.get(REPORT_REMARK.REMARKED_BY),
                        r.get(REPORT_REMARK.REMARKED_AT)));
    }

    @Override
    public boolean insertRemark(ReportId reportId, TenantId authority, String remark, String by, LocalDateTime at) {
        return OnceOnly.inserted(() -> dsl.insertInto(REPORT_REMARK)
                .set(REPORT_REMARK.REPORT_ID, reportId)
                .set(REPORT_REMARK.AUTHORITY_ID, authority.value())
                .set(REPORT_REMARK.REMARK, remark)
                .set(REPORT_REMARK.REMARKED_BY, by)
                .set(REPORT_REMARK.REMARKED_AT, at)
                .onDuplicateKeyIgnore()
                .execute());
    }

    private YearlyEvaluation toEvaluation(cn.kunming.kjj.carrier.jooq.tables.records.EvaluationRecord e) {
        return new YearlyEvaluation(e.getId(), e.getCarrierId(), e.getEvalYear(), e.getScore(),
                e.getResult(), e.getComment(), e.getDecidedBy(), e.getDecidedAt());
    }

    private AnnualReport toReport(Record r) {
        return new AnnualReport(r.get(ANNUAL_REPORT.ID), r.get(ANNUAL_REPORT.CARRIER_ID), r.get(CARRIER.NAME),
                r.get(ANNUAL_REPORT.UNIT_ID), new TenantId(r.get(ANNUAL_REPORT.TENANT_ID)), r.get(ANNUAL_REPORT.REPORT_YEAR),
                r.get(ANNUAL_REPORT.STATUS),
                json.readValue(r.get(ANNUAL_REPORT.CONTENT_JSON), ReportContent.class), r.get(ANNUAL_REPORT.DUE_ON),
                r.get(ANNUAL_REPORT.SUBMITTED_AT), r.get(ANNUAL_REPORT.RETURN_REASON), r.get(ANNUAL_REPORT.SAVED_AT),
                r.get(ANNUAL_REPORT.VERSION));
    }
}
