package cn.kunming.kjj.carrier.review.repository;

import cn.kunming.kjj.carrier.common.CarrierKind;
import cn.kunming.kjj.carrier.dossier.Dossier;
import cn.kunming.kjj.carrier.dossier.DossierStatus;
import cn.kunming.kjj.carrier.review.Assignment;
import cn.kunming.kjj.carrier.review.AssignmentStatus;
import cn.kunming.kjj.carrier.review.Criterion;
import cn.kunming.kjj.carrier.review.ExpertOpinion;
import cn.kunming.kjj.carrier.review.ScoreSheet;
import cn.kunming.kjj.carrier.security.TenantScope;
import cn.kunming.kjj.carrier.security.JooqScopes;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Record;
import org.jooq.SelectOnConditionStep;
import org.springframework.stereotype.Repository;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static cn.kunming.kjj.carrier.jooq.Tables.DOSSIER;
import static cn.kunming.kjj.carrier.jooq.Tables.EXPERT;
import static cn.kunming.kjj.carrier.jooq.Tables.REVIEW_ASSIGNMENT;
import static cn.kunming.kjj.carrier.jooq.Tables.SCORE_CRITERION;

@Repository
class JooqAssignmentRepository implements AssignmentRepository {

    private static final TypeReference<Map<String, Integer>> SCORES = new TypeReference<>() {
    };

    private final DSLContext dsl;
    private final JsonMapper json = JsonMapper.builder().build();

    JooqAssignmentRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    private SelectOnConditionStep<Record> assignments() {
        return dsl.select(REVIEW_ASSIGNMENT.fields()).select(EXPERT.NAME).from(REVIEW_ASSIGNMENT)
                .join(EXPERT).on(EXPERT.ID.eq(REVIEW_ASSIGNMENT.EXPERT_ID));
    }

    private static Condition inScope(TenantScope scope) {
        return JooqScopes.inScope(scope, REVIEW_ASSIGNMENT.TENANT_ID, REVIEW_ASSIGNMENT.UNIT_ID);
    }

    @Override
    public long insert(Dossier d, long expertId, String by, LocalDateTime at) {
        return dsl.insertInto(REVIEW_ASSIGNMENT)
                .set(REVIEW_ASSIGNMENT.DOSSIER_ID, d.id())
                .set(REVIEW_ASSIGNMENT.TENANT_ID, d.tenantId().value())
                .set(REVIEW_ASSIGNMENT.UNIT_ID, d.unitId())
                .set(REVIEW_ASSIGNMENT.EXPERT_ID, expertId)
                .set(REVIEW_ASSIGNMENT.STATUS, AssignmentStatus.ASSIGNED)
                .set(REVIEW_ASSIGNMENT.ASSIGNED_BY, by)
                .set(REVIEW_ASSIGNMENT.ASSIGNED_AT, at)
                .set(REVIEW_ASSIGNMENT.VERSION, 0)
                .returning(REVIEW_ASSIGNMENT.ID).fetchOne(REVIEW_ASSIGNMENT.ID);
    }

    @Override
    public List<Assignment> ofDossier(TenantScope scope, long dossierId) {
        return assignments().where(REVIEW_ASSIGNMENT.DOSSIER_ID.eq(dossierId)).and(inScope(scope))
                .orderBy(REVIEW_ASSIGNMENT.ID).fetch(this::toAssignment);
    }

    @Override
    public List<Assignment> ofCall(TenantScope scope, long callId) {
        return assignments().join(DOSSIER).on(DOSSIER.ID.eq(REVIEW_ASSIGNMENT.DOSSIER_ID))
                .where(DOSSIER.CALL_ID.eq(callId)).and(inScope(scope))
                .orderBy(REVIEW_ASSIGNMENT.DOSSIER_ID, REVIEW_ASSIGNMENT.ID).fetch(this::toAssignment);
    }

    @Override
    public Optional<Assignment> findById(TenantScope scope, long id) {
        return assignments().where(REVIEW_ASSIGNMENT.ID.eq(id)).and(inScope(scope)).fetchOptional(this::toAssignment);
    }

    @Override
    public List<Assignment> ofExpert(long expertId) {
        return assignments().where(REVIEW_ASSIGNMENT.EXPERT_ID.eq(expertId))
                .orderBy(REVIEW_ASSIGNMENT.ASSIGNED_AT.desc(), REVIEW_ASSIGNMENT.ID.desc()).fetch(this::toAssignment);
    }

    @Override
    public Optional<Assignment> ofExpert(long expertId, long dossierId) {
        return assignments().where(REVIEW_ASSIGNMENT.EXPERT_ID.eq(expertId))
                .and(REVIEW_ASSIGNMENT.DOSSIER_ID.eq(dossierId))
                .orderBy(REVIEW_ASSIGNMENT.ID.desc()).limit(1).fetchOptional(this::toAssignment);
    }

    @Override
    public boolean changeStatus(long id, int version, AssignmentStatus from, AssignmentStatus to, LocalDateTime at,
                                String reason) {
        var update = dsl.update(REVIEW_ASSIGNMENT).set(REVIEW_ASSIGNMENT.STATUS, to)
                .set(REVIEW_ASSIGNMENT.VERSION, REVIEW_ASSIGNMENT.VERSION.plus(1));
        if (from == AssignmentStatus.ASSIGNED) {
            update = update.set(REVIEW_ASSIGNMENT.DECLARED_AT, at);
        }
        if (to == AssignmentStatus.RELEASED) {
            update = update.set(REVIEW_ASSIGNMENT.RELEASED_REASON, reason);
        }
        return update.where(REVIEW_ASSIGNMENT.ID.eq(id)).and(REVIEW_ASSIGNMENT.VERSION.eq(version))
                .and(REVIEW_ASSIGNMENT.STATUS.eq(from)).execute() == 1;
    }

    @Override
    public boolean saveSheet(long id, int version, ScoreSheet sheet) {
        return dsl.update(REVIEW_ASSIGNMENT)
                .set(REVIEW_ASSIGNMENT.SCORES_JSON, json.writeValueAsString(sheet.scores()))
                .set(REVIEW_ASSIGNMENT.COMMENTS, sheet.comments())
                .set(REVIEW_ASSIGNMENT.RECOMMENDATION, sheet.opinion() == null ? null : sheet.opinion())
                .set(REVIEW_ASSIGNMENT.VERSION, REVIEW_ASSIGNMENT.VERSION.plus(1))
                .where(REVIEW_ASSIGNMENT.ID.eq(id)).and(REVIEW_ASSIGNMENT.VERSION.eq(version))
                .and(REVIEW_ASSIGNMENT.STATUS.eq(AssignmentStatus.ACCEPTED)).execute() == 1;
    }

    @Override
    public boolean submitSheet(long id, int version, ScoreSheet sheet, BigDecimal weighted, LocalDateTime at) {
        return dsl.update(REVIEW_ASSIGNMENT)
                .set(REVIEW_ASSIGNMENT.SCORES_JSON, json.writeValueAsString(sheet.scores()))
                .set(REVIEW_ASSIGNMENT.COMMENTS, sheet.comments())
                .set(REVIEW_ASSIGNMENT.RECOMMENDATION, sheet.opinion())
                .set(REVIEW_ASSIGNMENT.WEIGHTED_SCORE, weighted)
                .set(REVIEW_ASSIGNMENT.SUBMITTED_AT, at)
                .set(REVIEW_ASSIGNMENT.STATUS, AssignmentStatus.SUBMITTED)
                .set(REVIEW_ASSIGNMENT.VERSION, REVIEW_ASSIGNMENT.VERSION.plus(1))
                .where(REVIEW_ASSIGNMENT.ID.eq(id)).and(REVIEW_ASSIGNMENT.VERSION.eq(version))
                .and(REVIEW_ASSIGNMENT.STATUS.eq(AssignmentStatus.ACCEPTED)).execute() == 1;
    }

    @Override
    public List<Criterion> criteria(CarrierKind kind) {
        return dsl.selectFrom(SCORE_CRITERION).where(SCORE_CRITERION.KIND.eq(kind))
                .orderBy(SCORE_CRITERION.SORT_ORDER)
                .fetch(r -> new Criterion(kind, r.getCode(), r.getNameZh(), r.getNameEn(), r.getWeight()));
    }

    @Override
    public void replaceCriteria(CarrierKind kind, List<Criterion> criteria) {
        dsl.deleteFrom(SCORE_CRITERION).where(SCORE_CRITERION.KIND.eq(kind)).execute();
        for (int i = 0; i < criteria.size(); i++) {
            Criterion c = criteria.get(i);
            dsl.insertInto(SCORE_CRITERION)
                    .set(SCORE_CRITERION.KIND, kind)
                    .set(SCORE_CRITERION.CODE, c.code())
                    .set(SCORE_CRITERION.NAME_ZH, c.nameZh())
                    .set(SCORE_CRITERION.NAME_EN, c.nameEn())
                    .set(SCORE_CRITERION.WEIGHT, c.weight())
                    .set(SCORE_CRITERION.SORT_ORDER, i + 1)
                    .execute();
        }
    }

    @Override
    public boolean reviewInProgress(CarrierKind kind) {
        return dsl.fetchCount(DOSSIER, DOSSIER.KIND.eq(kind)
                .and(DOSSIER.STATUS.eq(DossierStatus.UNDER_EXPERT_REVIEW))) > 0;
    }

    private Assignment toAssignment(Record r) {
        String scores = r.get(REVIEW_ASSIGNMENT.SCORES_JSON);
        var opinion = r.get(REVIEW_ASSIGNMENT.RECOMMENDATION);
        ScoreSheet sheet = new ScoreSheet(scores == null ? Map.of() : json.readValue(scores, SCORES),
                r.get(REVIEW_ASSIGNMENT.COMMENTS), opinion);
        return new Assignment(r.get(REVIEW_ASSIGNMENT.ID), r.get(REVIEW_ASSIGNMENT.DOSSIER_ID),
                r.get(REVIEW_ASSIGNMENT.EXPERT_ID), r.get(EXPERT.NAME),
                r.get(REVIEW_ASSIGNMENT.STATUS), r.get(REVIEW_ASSIGNMENT.ASSIGNED_BY),
                r.get(REVIEW_ASSIGNMENT.ASSIGNED_AT), r.get(REVIEW_ASSIGNMENT.DECLARED_AT),
                r.get(REVIEW_ASSIGNMENT.RELEASED_REASON), sheet, r.get(REVIEW_ASSIGNMENT.WEIGHTED_SCORE),
                r.get(REVIEW_ASSIGNMENT.SUBMITTED_AT), r.get(REVIEW_ASSIGNMENT.VERSION));
    }
}
