package cn.kunming.kjj.carrier.matrix;

import cn.kunming.kjj.carrier.common.ExpertId;
import cn.kunming.kjj.carrier.common.DossierId;
import cn.kunming.kjj.carrier.common.Messages;
import cn.kunming.kjj.carrier.common.NotFoundException;
import cn.kunming.kjj.carrier.common.PortalException;
import cn.kunming.kjj.carrier.dossier.Dossier;
import cn.kunming.kjj.carrier.dossier.DossierService;
import cn.kunming.kjj.carrier.dossier.DossierStatus;
import cn.kunming.kjj.carrier.dossier.RuleAcknowledgement;
import cn.kunming.kjj.carrier.review.ChecklistItem;
import cn.kunming.kjj.carrier.review.DecisionLine;
import cn.kunming.kjj.carrier.review.DecisionOutcome;
import cn.kunming.kjj.carrier.review.DecisionService;
import cn.kunming.kjj.carrier.review.DistrictAction;
import cn.kunming.kjj.carrier.review.RecommendationService;
import cn.kunming.kjj.carrier.review.ReviewAssignmentService;
import cn.kunming.kjj.carrier.review.ReviewScenario;
import cn.kunming.kjj.carrier.review.Verdict;
import cn.kunming.kjj.carrier.security.Role;
import cn.kunming.kjj.carrier.support.As;
import cn.kunming.kjj.carrier.support.PortalSpringTest;
import cn.kunming.kjj.carrier.support.RuleNames;
import cn.kunming.kjj.carrier.support.SampleFiles;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.annotation.Transactional;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Every action on a dossier, in every status of its state machine: allowed exactly where {@link DossierStatus} lets
 * the dossier move to the action's next status (or, for editing, where it is editable); elsewhere refused with a
 * message naming the rule, and nothing changes — the dossier row, its versions, attachments, district reviews,
 * expert assignments, the bureau's decision, and the audit. Generated over the statuses and the actions, so that a
 * new status or action is covered without anyone remembering to.
 */
@PortalSpringTest
@Transactional
class DossierActionMatrixTest {

    /** One action: who does it, to what next status it would move the dossier (null: an edit), and how. */
    record Action(String name, boolean byOfficer, Predicate<DossierStatus> allowedIn, Step step) {
        @Override
        public String toString() {
            return name;
        }
    }

    @FunctionalInterface
    interface Step {
        void run(DossierActionMatrixTest t, ReviewScenario.Submitted s);
    }

    private static Predicate<DossierStatus> movesTo(DossierStatus next) {
        return status -> status.canMoveTo(next);
    }

    static final List<Action> ACTIONS = List.of(
            new Action("申请人保存草稿", false, DossierStatus::editable, (t, s) -> {
                As.signIn(s.applicant());
                Dossier d = t.dossiers.find(s.dossierId()).orElseThrow();
                t.dossiers.saveDraft(d.id(), d.version(), d.content());
            }),
            new Action("申请人上传附件", false, DossierStatus::editable, (t, s) -> {
                As.signIn(s.applicant());
                t.dossiers.addAttachment(s.dossierId(), "OTHER", SampleFiles.upload("补充材料.pdf", SampleFiles.pdf()));
            }),
            new Action("申请人提交申报", false, movesTo(DossierStatus.SUBMITTED), (t, s) -> {
                As.signIn(s.applicant());
                Dossier d = t.dossiers.find(s.dossierId()).orElseThrow();
                t.dossiers.submit(d.id(), d.version(), true);
            }),
            new Action("属地推荐", true, movesTo(DossierStatus.RECOMMENDED), (t, s) -> t.district(s, DistrictAction.RECOMMEND)),
            new Action("属地确认已知悉未通过的条件后推荐", true, movesTo(DossierStatus.RECOMMENDED),
                    (t, s) -> t.districtAcknowledging(s)),
            new Action("属地退回修改", true, movesTo(DossierStatus.RETURNED), (t, s) -> t.district(s, DistrictAction.RETURN)),
            new Action("属地不予推荐", true, movesTo(DossierStatus.NOT_RECOMMENDED),
                    (t, s) -> t.district(s, DistrictAction.NOT_RECOMMEND)),
            new Action("市局分派专家", true, movesTo(DossierStatus.UNDER_EXPERT_REVIEW)
                    .or(status -> status == DossierStatus.UNDER_EXPERT_REVIEW), (t, s) -> {
                ExpertId expert = t.scenario.expert("矩阵专家").expertId();
                As.role(Role.BUREAU_OFFICER, "KMKJJ");
                t.assignments.assign(s.dossierId(), expert);
            }),
            // the bulk actions of issue 25 go through the single-item actions: the same statuses, the same refusals
            new Action("属地批量推荐", true, movesTo(DossierStatus.RECOMMENDED), (t, s) -> {
                t.scenario.district(ReviewScenario.DISTRICT);
                t.refusedIn(t.bulk.recommend(List.of(s.dossierId()), "属地意见"));
            }),
            new Action("属地批量退回修改", true, movesTo(DossierStatus.RETURNED), (t, s) -> {
                t.scenario.district(ReviewScenario.DISTRICT);
                t.refusedIn(t.bulk.returnForRevision(List.of(s.dossierId()), "team", "缺少盖章页",
                        LocalDate.now().plusDays(10)));
            }),
            new Action("市局批量派专家", true, movesTo(DossierStatus.UNDER_EXPERT_REVIEW)
                    .or(status -> status == DossierStatus.UNDER_EXPERT_REVIEW), (t, s) -> {
                for (String name : List.of("矩阵专家甲", "矩阵专家乙", "矩阵专家丙")) {
                    t.scenario.expert(name, s.field(), cn.kunming.kjj.carrier.support.Fixtures.unique("矩阵研究院"), null);
                }
                As.role(Role.BUREAU_OFFICER, "KMKJJ");
                t.refusedIn(t.bulk.drawExperts(List.of(s.dossierId())));
            }),
            // the collective decision proposes a reviewed dossier; the way back from IN_PUBLIC_NOTICE to PROPOSED is the
            // notice's withdrawal (decision 0036), an action of the notice matrix
            new Action("市局集体研究决定拟入库", true, movesTo(DossierStatus.PROPOSED)
                    .and(status -> status == DossierStatus.REVIEWED), (t, s) -> t.decide(s, DecisionOutcome.PROPOSED)),
            new Action("市局确认已知悉未通过的条件后集体研究决定拟入库", true, movesTo(DossierStatus.PROPOSED)
                    .and(status -> status == DossierStatus.REVIEWED), (t, s) -> t.decideAcknowledging(s)),
            new Action("市局集体研究决定不予入库", true, movesTo(DossierStatus.REJECTED)
                    .and(status -> status == DossierStatus.REVIEWED), (t, s) -> t.decide(s, DecisionOutcome.REJECTED)));

    static Stream<Arguments> cases() {
        return Arrays.stream(DossierStatus.values())
                .flatMap(status -> ACTIONS.stream().map(action -> Arguments.of(status, action)));
    }

    @Autowired
    ReviewScenario scenario;
    @Autowired
    DossierService dossiers;
    @Autowired
    RecommendationService recommendations;
    @Autowired
    ReviewAssignmentService assignments;
    @Autowired
    DecisionService decisions;
    @Autowired
    cn.kunming.kjj.carrier.review.BulkReviewService bulk;

    /** A bulk action refuses an item without throwing; here its one item's refusal is thrown as the item's own. */
    void refusedIn(cn.kunming.kjj.carrier.common.BulkOutcome outcome) {
        var item = outcome.items().getFirst();
        if (!item.done()) {
            throw item.refusal();
        }
    }
    @Autowired
    JdbcTemplate jdbc;

    @AfterEach
    void signOut() {
        As.signOut();
    }

    void district(ReviewScenario.Submitted s, DistrictAction action) {
        scenario.district(ReviewScenario.DISTRICT);
        List<ChecklistItem> items = new ArrayList<>(
                ReviewScenario.allPresent(recommendations.workspace(s.dossierId()).checklist()));
        if (action == DistrictAction.RETURN) {
            items.set(0, new ChecklistItem(items.getFirst().code(), Verdict.PROBLEM, "缺少盖章页"));
        }
        recommendations.decide(s.dossierId(), action, items, "属地意见",
                action == DistrictAction.RETURN ? LocalDate.now().plusDays(10) : null);
    }

    /** The variant that acknowledges failed rules (issue 25, part 4), with whatever the dossier fails acknowledged. */
    void districtAcknowledging(ReviewScenario.Submitted s) {
        scenario.district(ReviewScenario.DISTRICT);
        recommendations.decide(s.dossierId(), DistrictAction.RECOMMEND,
                ReviewScenario.allPresent(recommendations.workspace(s.dossierId()).checklist()), "属地意见", null,
                RuleAcknowledgement.of(s.dossierId(), List.of("C2.3a")));
    }

    void decideAcknowledging(ReviewScenario.Submitted s) {
        As.role(Role.BUREAU_OFFICER, "KMKJJ");
        decisions.recordMeeting(s.callId(), LocalDate.now(), "纪要" + s.dossierId(),
                List.of(new DecisionLine(s.dossierId(), DecisionOutcome.PROPOSED, "")),
                RuleAcknowledgement.of(s.dossierId(), List.of("C2.3a")));
    }

    void decide(ReviewScenario.Submitted s, DecisionOutcome outcome) {
        As.role(Role.BUREAU_OFFICER, "KMKJJ");
        decisions.recordMeeting(s.callId(), LocalDate.now(), "纪要" + s.dossierId(),
                List.of(new DecisionLine(s.dossierId(), outcome, "集体研究")));
    }

    /** A dossier of the scenario, put in the status as its state machine would have left it. */
    private ReviewScenario.Submitted dossierIn(DossierStatus status) {
        ReviewScenario.Submitted s = scenario.submitted(scenario.openCall(), ReviewScenario.DISTRICT);
        jdbc.update("update dossier set status = ?, revision_due = ? where id = ?", status.name(),
                status == DossierStatus.RETURNED ? LocalDate.now().plusDays(10) : null, s.dossierId());
        return s;
    }

    /** What an action may change: the dossier row and every record that hangs off it, and the audit. */
    private Map<String, Object> state(DossierId dossierId) {
        return Map.of(
                "dossier", jdbc.queryForMap("select status, version, revision_due, last_saved_at from dossier where id = ?",
                        dossierId),
                "versions", count("select count(*) from dossier_version where dossier_id = ?", dossierId),
                "attachments", count("select count(*) from dossier_attachment where dossier_id = ?", dossierId),
                "districtReviews", count("select count(*) from district_review where dossier_id = ?", dossierId),
                "assignments", count("select count(*) from expert_assignment where subject_type = 'DOSSIER' and subject_id = ?",
                        dossierId),
                "decisions", count("select count(*) from bureau_decision where dossier_id = ?", dossierId),
                "audit", count("select count(*) from audit_event where entity_type = 'DOSSIER' and entity_id = ?",
                        String.valueOf(dossierId)));
    }

    private long count(String sql, Object arg) {
        Long n = jdbc.queryForObject(sql, Long.class, arg);
        return n == null ? 0 : n;
    }

    @ParameterizedTest(name = "{1} on a dossier {0}")
    @MethodSource("cases")
    void anActionIsAllowedExactlyWhereTheStateMachineSaysElseRefusedNamingTheRuleAndNothingChanges(
            DossierStatus status, Action action) {
        ReviewScenario.Submitted s = dossierIn(status);
        if (action.allowedIn().test(status)) {
            assertThatCode(() -> action.step().run(this, s)).as(action + " in " + status).doesNotThrowAnyException();
            return;
        }
        Map<String, Object> before = state(s.dossierId());
        boolean draftHiddenFromOfficers = action.byOfficer() && status == DossierStatus.DRAFT;
        assertThatThrownBy(() -> action.step().run(this, s)).as(action + " in " + status)
                .isInstanceOfSatisfying(PortalException.class, e -> {
                    if (!(draftHiddenFromOfficers && e instanceof NotFoundException)) {
                        assertThat(Messages.of(e, Messages.CHINESE)).as("the refusal names its rule")
                                .containsPattern(RuleNames.PATTERN);
                    }
                });
        assertThat(state(s.dossierId())).as("nothing changes").isEqualTo(before);
    }
}
