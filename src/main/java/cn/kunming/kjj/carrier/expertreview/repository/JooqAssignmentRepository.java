package cn.kunming.kjj.carrier.expertreview.repository;

import cn.kunming.kjj.carrier.common.ExpertId;
import org.jspecify.annotations.Nullable;
import cn.kunming.kjj.carrier.common.CarrierKind;
import cn.kunming.kjj.carrier.common.TenantId;
import cn.kunming.kjj.carrier.expertreview.Assignment;
import cn.kunming.kjj.carrier.expertreview.AssignmentStatus;
import cn.kunming.kjj.carrier.expertreview.Criterion;
import cn.kunming.kjj.carrier.expertreview.ReviewSubject;
import cn.kunming.kjj.carrier.expertreview.ScoreSheet;
import cn.kunming.kjj.carrier.expertreview.RecordedDraw;
import cn.kunming.kjj.carrier.expertreview.Subject;
import cn.kunming.kjj.carrier.expertreview.SubjectType;
import cn.kunming.kjj.carrier.security.JooqScopes;
import cn.kunming.kjj.carrier.security.TenantScope;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Record;
import org.jooq.SelectOnConditionStep;
import org.jooq.impl.DSL;
import org.springframework.stereotype.Repository;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import static cn.kunming.kjj.carrier.jooq.Tables.EXPERT;
import static cn.kunming.kjj.carrier.jooq.Tables.EXPERT_ASSIGNMENT;
import static cn.kunming.kjj.carrier.jooq.Tables.EXPERT_DRAW;
import static cn.kunming.kjj.carrier.jooq.Tables.SCORE_CRITERION;

@Repository
class JooqAssignmentRepository implements AssignmentRepository {

    private static final TypeReference<Map<String, Integer>> SCORES = new TypeReference<>() {
    };
    /** Ids per IN list: a call's dossiers may be thousands, beyond what a database plans well in one list. */
    private static final int CHUNK = 1000;

    private final DSLContext dsl;
    private final JsonMapper json = JsonMapper.builder().build();

    JooqAssignmentRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    private SelectOnConditionStep<Record> assignments() {
        return dsl.select(EXPERT_ASSIGNMENT.fields()).select(EXPERT.NAME).from(EXPERT_ASSIGNMENT)
                .join(EXPERT).on(EXPERT.ID.eq(EXPERT_ASSIGNMENT.EXPERT_ID));
    }

    private static Condition inScope(TenantScope scope) {
        return JooqScopes.inScope(scope, EXPERT_ASSIGNMENT.TENANT_ID, EXPERT_ASSIGNMENT.UNIT_ID);
    }

    private static Condition is(Subject subject) {
        return EXPERT_ASSIGNMENT.SUBJECT_TYPE.eq(subject.type()).and(EXPERT_ASSIGNMENT.SUBJECT_ID.eq(subject.id()));
    }

    @Override
    public long insert(ReviewSubject s, ExpertId expertId, String by, LocalDateTime at) {
        return dsl.insertInto(EXPERT_ASSIGNMENT)
                .set(EXPERT_ASSIGNMENT.SUBJECT_TYPE, s.subject().type())
                .set(EXPERT_ASSIGNMENT.SUBJECT_ID, s.subject().id())
                .set(EXPERT_ASSIGNMENT.KIND, s.kind())
                .set(EXPERT_ASSIGNMENT.TENANT_ID, s.tenantId().value())
                .set(EXPERT_ASSIGNMENT.UNIT_ID, s.unitId())
                .set(EXPERT_ASSIGNMENT.EXPERT_ID, expertId)
                .set(EXPERT_ASSIGNMENT.STATUS, AssignmentStatus.ASSIGNED)
                .set(EXPERT_ASSIGNMENT.ASSIGNED_BY, by)
                .set(EXPERT_ASSIGNMENT.ASSIGNED_AT, at)
                .set(EXPERT_ASSIGNMENT.VERSION, 0)
                .returning(EXPERT_ASSIGNMENT.ID).fetchSingle().getId();
    }

    @Override
    public Map<ExpertId, Integer> openLoads() {
        return dsl.select(EXPERT_ASSIGNMENT.EXPERT_ID, DSL.count()).from(EXPERT_ASSIGNMENT)
                .where(EXPERT_ASSIGNMENT.STATUS.in(AssignmentStatus.ASSIGNED, AssignmentStatus.ACCEPTED))
                .groupBy(EXPERT_ASSIGNMENT.EXPERT_ID)
                .fetchMap(r -> r.value1(), r -> r.value2());
    }

    @Override
    public long insertDraw(Subject subject, long seed, String candidates, List<ExpertId> chosen, boolean widened,
                           String by, LocalDateTime at) {
        return dsl.insertInto(EXPERT_DRAW)
                .set(EXPERT_DRAW.SUBJECT_TYPE, subject.type())
                .set(EXPERT_DRAW.SUBJECT_ID, subject.id())
                .set(EXPERT_DRAW.SEED, seed)
                .set(EXPERT_DRAW.CANDIDATES, candidates)
                .set(EXPERT_DRAW.CHOSEN, chosen.stream().map(ExpertId::toString).collect(Collectors.joining(",")))
                .set(EXPERT_DRAW.WIDENED, widened)
                .set(EXPERT_DRAW.DRAWN_BY, by)
                .set(EXPERT_DRAW.DRAWN_AT, at)
                .returning(EXPERT_DRAW.ID).fetchSingle().getId();
    }

    @Override
    public List<RecordedDraw> draws(Subject subject) {
        return dsl.selectFrom(EXPERT_DRAW).where(EXPERT_DRAW.SUBJECT_TYPE.eq(subject.type()))
                .and(EXPERT_DRAW.SUBJECT_ID.eq(subject.id())).orderBy(EXPERT_DRAW.ID)
                .fetch(r -> new RecordedDraw(r.getId(), subject, r.getSeed(), r.getCandidates(),
                        r.getChosen().isBlank() ? List.of() : java.util.Arrays.stream(r.getChosen().split(","))
                                .map(id -> ExpertId.of(Long.parseLong(id))).toList(),
                        r.getWidened(), r.getDrawnBy(), r.getDrawnAt()));
    }

    @Override
    public List<Assignment> of(TenantScope scope, Subject subject) {
        return assignments().where(is(subject)).and(inScope(scope)).orderBy(EXPERT_ASSIGNMENT.ID)
                .fetch(this::toAssignment);
    }

    @Override
    public List<Assignment> of(TenantScope scope, SubjectType type, Collection<Long> subjectIds) {
        List<Long> ids = List.copyOf(subjectIds);
        List<Assignment> result = new ArrayList<>();
        for (int from = 0; from < ids.size(); from += CHUNK) {
            result.addAll(assignments().where(EXPERT_ASSIGNMENT.SUBJECT_TYPE.eq(type))
                    .and(EXPERT_ASSIGNMENT.SUBJECT_ID.in(ids.subList(from, Math.min(ids.size(), from + CHUNK))))
                    .and(inScope(scope)).fetch(this::toAssignment));
        }
        result.sort(Comparator.comparingLong(Assignment::subjectId).thenComparingLong(Assignment::id));
        return result;
    }

    @Override
    public Optional<Assignment> findById(TenantScope scope, long id) {
        return assignments().where(EXPERT_ASSIGNMENT.ID.eq(id)).and(inScope(scope)).fetchOptional(this::toAssignment);
    }

    @Override
    public List<Assignment> ofExpert(ExpertId expertId) {
        return assignments().where(EXPERT_ASSIGNMENT.EXPERT_ID.eq(expertId))
                .orderBy(EXPERT_ASSIGNMENT.ASSIGNED_AT.desc(), EXPERT_ASSIGNMENT.ID.desc()).fetch(this::toAssignment);
    }

    @Override
    public Optional<Assignment> ofExpert(ExpertId expertId, Subject subject) {
        return assignments().where(EXPERT_ASSIGNMENT.EXPERT_ID.eq(expertId)).and(is(subject))
                .orderBy(EXPERT_ASSIGNMENT.ID.desc()).limit(1).fetchOptional(this::toAssignment);
    }

    @Override
    public boolean changeStatus(long id, int version, AssignmentStatus from, AssignmentStatus to, LocalDateTime at,
                                @Nullable String reason) {
        var update = dsl.update(EXPERT_ASSIGNMENT).set(EXPERT_ASSIGNMENT.STATUS, to)
                .set(EXPERT_ASSIGNMENT.VERSION, EXPERT_ASSIGNMENT.VERSION.plus(1));
        if (from == AssignmentStatus.ASSIGNED) {
            update = update.set(EXPERT_ASSIGNMENT.DECLARED_AT, at);
        }
        if (to == AssignmentStatus.RELEASED) {
            update = update.set(EXPERT_ASSIGNMENT.RELEASED_REASON, reason);
        }
        return update.where(EXPERT_ASSIGNMENT.ID.eq(id)).and(EXPERT_ASSIGNMENT.VERSION.eq(version))
                .and(EXPERT_ASSIGNMENT.STATUS.eq(from)).execute() == 1;
    }

    @Override
    public boolean saveSheet(long id, int version, ScoreSheet sheet) {
        return dsl.update(EXPERT_ASSIGNMENT)
                .set(EXPERT_ASSIGNMENT.SCORES_JSON, json.writeValueAsString(sheet.scores()))
                .set(EXPERT_ASSIGNMENT.COMMENTS, sheet.comments())
                .set(EXPERT_ASSIGNMENT.RECOMMENDATION, sheet.opinion())
                .set(EXPERT_ASSIGNMENT.VERSION, EXPERT_ASSIGNMENT.VERSION.plus(1))
                .where(EXPERT_ASSIGNMENT.ID.eq(id)).and(EXPERT_ASSIGNMENT.VERSION.eq(version))
                .and(EXPERT_ASSIGNMENT.STATUS.eq(AssignmentStatus.ACCEPTED)).execute() == 1;
    }

    @Override
    public boolean submitSheet(long id, int version, ScoreSheet sheet, BigDecimal weighted, LocalDateTime at) {
        return dsl.update(EXPERT_ASSIGNMENT)
                .set(EXPERT_ASSIGNMENT.SCORES_JSON, json.writeValueAsString(sheet.scores()))
                .set(EXPERT_ASSIGNMENT.COMMENTS, sheet.comments())
                .set(EXPERT_ASSIGNMENT.RECOMMENDATION, sheet.opinion())
                .set(EXPERT_ASSIGNMENT.WEIGHTED_SCORE, weighted)
                .set(EXPERT_ASSIGNMENT.SUBMITTED_AT, at)
                .set(EXPERT_ASSIGNMENT.STATUS, AssignmentStatus.SUBMITTED)
                .set(EXPERT_ASSIGNMENT.VERSION, EXPERT_ASSIGNMENT.VERSION.plus(1))
                .where(EXPERT_ASSIGNMENT.ID.eq(id)).and(EXPERT_ASSIGNMENT.VERSION.eq(version))
                .and(EXPERT_ASSIGNMENT.STATUS.eq(AssignmentStatus.ACCEPTED)).execute() == 1;
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
    public boolean openOfKind(CarrierKind kind) {
        return dsl.fetchExists(EXPERT_ASSIGNMENT, EXPERT_ASSIGNMENT.KIND.eq(kind)
                .and(EXPERT_ASSIGNMENT.STATUS.in(AssignmentStatus.ASSIGNED, AssignmentStatus.ACCEPTED)));
    }

    private Assignment toAssignment(Record r) {
        String scores = r.get(EXPERT_ASSIGNMENT.SCORES_JSON);
        ScoreSheet sheet = new ScoreSheet(scores == null ? Map.of() : json.readValue(scores, SCORES),
                r.get(EXPERT_ASSIGNMENT.COMMENTS), r.get(EXPERT_ASSIGNMENT.RECOMMENDATION));
        return new Assignment(r.get(EXPERT_ASSIGNMENT.ID),
                new Subject(r.get(EXPERT_ASSIGNMENT.SUBJECT_TYPE), r.get(EXPERT_ASSIGNMENT.SUBJECT_ID)),
                new TenantId(r.get(EXPERT_ASSIGNMENT.TENANT_ID)),
                r.get(EXPERT_ASSIGNMENT.EXPERT_ID), r.get(EXPERT.NAME),
                r.get(EXPERT_ASSIGNMENT.STATUS), r.get(EXPERT_ASSIGNMENT.ASSIGNED_BY),
                r.get(EXPERT_ASSIGNMENT.ASSIGNED_AT), r.get(EXPERT_ASSIGNMENT.DECLARED_AT),
                r.get(EXPERT_ASSIGNMENT.RELEASED_REASON), sheet, r.get(EXPERT_ASSIGNMENT.WEIGHTED_SCORE),
                r.get(EXPERT_ASSIGNMENT.SUBMITTED_AT), r.get(EXPERT_ASSIGNMENT.VERSION));
    }
}
