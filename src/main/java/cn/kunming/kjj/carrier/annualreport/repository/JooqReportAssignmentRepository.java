package cn.kunming.kjj.carrier.annualreport.repository;

import cn.kunming.kjj.carrier.annualreport.AnnualReport;
import cn.kunming.kjj.carrier.annualreport.ReportAssignment;
import cn.kunming.kjj.carrier.review.AssignmentStatus;
import cn.kunming.kjj.carrier.review.ExpertOpinion;
import cn.kunming.kjj.carrier.review.ScoreSheet;
import cn.kunming.kjj.carrier.security.TenantScope;
import cn.kunming.kjj.carrier.security.JooqScopes;
import org.jooq.DSLContext;
import org.jooq.Record;
import org.springframework.stereotype.Repository;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static cn.kunming.kjj.carrier.jooq.Tables.ANNUAL_REPORT;
import static cn.kunming.kjj.carrier.jooq.Tables.CARRIER;
import static cn.kunming.kjj.carrier.jooq.Tables.EXPERT;
import static cn.kunming.kjj.carrier.jooq.Tables.REPORT_ASSIGNMENT;

@Repository
class JooqReportAssignmentRepository implements ReportAssignmentRepository {

    private static final TypeReference<Map<String, Integer>> SCORES = new TypeReference<>() {
    };
    private final DSLContext dsl;
    private final JsonMapper json = JsonMapper.builder().build();

    JooqReportAssignmentRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    @Override
    public long insert(AnnualReport report, long expertId, String by, LocalDateTime at) {
        return dsl.insertInto(REPORT_ASSIGNMENT)
                .set(REPORT_ASSIGNMENT.REPORT_ID, report.id())
                .set(REPORT_ASSIGNMENT.CARRIER_ID, report.carrierId())
                .set(REPORT_ASSIGNMENT.UNIT_ID, report.unitId())
                .set(REPORT_ASSIGNMENT.TENANT_ID, report.tenantId().value())
                .set(REPORT_ASSIGNMENT.EXPERT_ID, expertId)
                .set(REPORT_ASSIGNMENT.STATUS, AssignmentStatus.ASSIGNED)
                .set(REPORT_ASSIGNMENT.ASSIGNED_BY, by)
                .set(REPORT_ASSIGNMENT.ASSIGNED_AT, at)
                .set(REPORT_ASSIGNMENT.VERSION, 0)
                .returning(REPORT_ASSIGNMENT.ID).fetchOne(REPORT_ASSIGNMENT.ID);
    }

    private org.jooq.SelectOnConditionStep<Record> assignments() {
        return dsl.select(REPORT_ASSIGNMENT.fields()).select(EXPERT.NAME, CARRIER.NAME, ANNUAL_REPORT.REPORT_YEAR)
                .from(REPORT_ASSIGNMENT)
                .join(EXPERT).on(EXPERT.ID.eq(REPORT_ASSIGNMENT.EXPERT_ID))
                .join(CARRIER).on(CARRIER.ID.eq(REPORT_ASSIGNMENT.CARRIER_ID))
                .join(ANNUAL_REPORT).on(ANNUAL_REPORT.ID.eq(REPORT_ASSIGNMENT.REPORT_ID));
    }

    @Override
    public List<ReportAssignment> ofReport(TenantScope scope, long reportId) {
        return assignments().where(REPORT_ASSIGNMENT.REPORT_ID.eq(reportId))
                .and(JooqScopes.inScope(scope, REPORT_ASSIGNMENT.TENANT_ID, REPORT_ASSIGNMENT.UNIT_ID))
                .orderBy(REPORT_ASSIGNMENT.ID).fetch(this::toAssignment);
    }

    @Override
    public List<ReportAssignment> ofExpert(long expertId) {
        return assignments().where(REPORT_ASSIGNMENT.EXPERT_ID.eq(expertId))
                .orderBy(REPORT_ASSIGNMENT.ASSIGNED_AT.desc()).fetch(this::toAssignment);
    }

    @Override
    public Optional<ReportAssignment> ofExpert(long expertId, long reportId) {
        return assignments().where(REPORT_ASSIGNMENT.EXPERT_ID.eq(expertId)).and(REPORT_ASSIGNMENT.REPORT_ID.eq(reportId))
                .orderBy(REPORT_ASSIGNMENT.ID.desc()).limit(1).fetchOptional(this::toAssignment);
    }

    @Override
    public boolean declare(long id, int version, AssignmentStatus to, LocalDateTime at, String reason) {
        return dsl.update(REPORT_ASSIGNMENT).set(REPORT_ASSIGNMENT.STATUS, to)
                .set(REPORT_ASSIGNMENT.DECLARED_AT, at).set(REPORT_ASSIGNMENT.RELEASED_REASON, reason)
                .set(REPORT_ASSIGNMENT.VERSION, REPORT_ASSIGNMENT.VERSION.plus(1))
                .where(REPORT_ASSIGNMENT.ID.eq(id)).and(REPORT_ASSIGNMENT.VERSION.eq(version))
                .and(REPORT_ASSIGNMENT.STATUS.eq(AssignmentStatus.ASSIGNED)).execute() == 1;
    }

    @Override
    public boolean submit(long id, int version, ScoreSheet sheet, BigDecimal weighted, LocalDateTime at) {
        return dsl.update(REPORT_ASSIGNMENT)
                .set(REPORT_ASSIGNMENT.SCORES_JSON, json.writeValueAsString(sheet.scores()))
                .set(REPORT_ASSIGNMENT.COMMENTS, sheet.comments())
                .set(REPORT_ASSIGNMENT.RECOMMENDATION, sheet.opinion())
                .set(REPORT_ASSIGNMENT.WEIGHTED_SCORE, weighted)
                .set(REPORT_ASSIGNMENT.SUBMITTED_AT, at)
                .set(REPORT_ASSIGNMENT.STATUS, AssignmentStatus.SUBMITTED)
                .set(REPORT_ASSIGNMENT.VERSION, REPORT_ASSIGNMENT.VERSION.plus(1))
                .where(REPORT_ASSIGNMENT.ID.eq(id)).and(REPORT_ASSIGNMENT.VERSION.eq(version))
                .and(REPORT_ASSIGNMENT.STATUS.eq(AssignmentStatus.ACCEPTED)).execute() == 1;
    }

    private ReportAssignment toAssignment(Record r) {
        String scores = r.get(REPORT_ASSIGNMENT.SCORES_JSON);
        var opinion = r.get(REPORT_ASSIGNMENT.RECOMMENDATION);
        return new ReportAssignment(r.get(REPORT_ASSIGNMENT.ID), r.get(REPORT_ASSIGNMENT.REPORT_ID),
                r.get(REPORT_ASSIGNMENT.CARRIER_ID), r.get(CARRIER.NAME), r.get(ANNUAL_REPORT.REPORT_YEAR),
                r.get(REPORT_ASSIGNMENT.EXPERT_ID), r.get(EXPERT.NAME),
                r.get(REPORT_ASSIGNMENT.STATUS), r.get(REPORT_ASSIGNMENT.ASSIGNED_AT),
                new ScoreSheet(scores == null ? Map.of() : json.readValue(scores, SCORES), r.get(REPORT_ASSIGNMENT.COMMENTS),
                        opinion),
                r.get(REPORT_ASSIGNMENT.WEIGHTED_SCORE), r.get(REPORT_ASSIGNMENT.SUBMITTED_AT), r.get(REPORT_ASSIGNMENT.VERSION));
    }
}
