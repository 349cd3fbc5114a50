package cn.kunming.kjj.carrier.review;

import cn.kunming.kjj.carrier.expertreview.ExpertWork;
import cn.kunming.kjj.carrier.expertreview.ScoreCriteriaService;
import cn.kunming.kjj.carrier.expertreview.Subject;
import cn.kunming.kjj.carrier.expertreview.AssignmentStatus;
import cn.kunming.kjj.carrier.expertreview.Criterion;
import cn.kunming.kjj.carrier.expertreview.ExpertOpinion;
import cn.kunming.kjj.carrier.expertreview.ScoreSheet;
import cn.kunming.kjj.carrier.audit.AuditLog;
import cn.kunming.kjj.carrier.audit.AuditQuery;
import cn.kunming.kjj.carrier.audit.AuditPosition;
import cn.kunming.kjj.carrier.common.CarrierKind;
import cn.kunming.kjj.carrier.common.NotFoundException;
import cn.kunming.kjj.carrier.common.PortalException;
import cn.kunming.kjj.carrier.dossier.Dossier;
import cn.kunming.kjj.carrier.dossier.DossierService;
import cn.kunming.kjj.carrier.dossier.DossierStatus;
import cn.kunming.kjj.carrier.expert.Expert;
import cn.kunming.kjj.carrier.security.Role;
import cn.kunming.kjj.carrier.support.As;
import cn.kunming.kjj.carrier.support.MovableClock;
import cn.kunming.kjj.carrier.support.PortalSpringTest;
import cn.kunming.kjj.carrier.tenant.HostUnitService;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.ParameterizedTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.annotation.Transactional;

import java.io.ByteArrayInputStream;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static cn.kunming.kjj.carrier.review.ReviewScenario.DISTRICT;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

@PortalSpringTest
@Transactional
class ReviewPipelineTest {

    @Autowired
    ReviewScenario scenario;
    @Autowired
    org.springframework.jdbc.core.JdbcTemplate jdbc;
    @Autowired
    RecommendationService recommendations;
    @Autowired
    ReviewAssignmentService assignments;
    @Autowired
    ExpertReviewService reviews;
    @Autowired
    ExpertWork work;
    @Autowired
    ScoreCriteriaService criteria;
    @Autowired
    DecisionService decisions;
    @Autowired
    DossierService dossiers;
    @Autowired
    AuditLog audit;
    @Autowired
    MovableClock clock;
    @Autowired
    HostUnitService units;

    @AfterEach
    void reset() {
        As.signOut();
        clock.reset();
    }

    private Dossier dossierAs(ReviewScenario.Submitted s) {
        As.signIn(s.applicant());
        Dossier d = dossiers.find(s.dossierId()).orElseThrow();
        As.signOut();
        return d;
    }

    @Test
    void aReturnGivesTheApplicantItsReasonsAndADateAndTheDossierCanBeResubmittedByThen() {
        ReviewScenario.Submitted s = scenario.submitted(scenario.openCall(), DISTRICT);
        scenario.district(DISTRICT);
        List<ChecklistItem> items = new ArrayList<>(ReviewScenario.allPresent(recommendations.workspace(s.dossierId()).checklist()));
        items.set(2, new ChecklistItem("team", Verdict.PROBLEM, "缺少运营团队成员名单"));
        LocalDate due = LocalDate.now(clock).plusDays(10);
        recommendations.decide(s.dossierId(), DistrictAction.RETURN, items, "请补充团队材料", due);

        Dossier returned = dossierAs(s);
        assertThat(returned.status()).isEqualTo(DossierStatus.RETURNED);
        assertThat(returned.revisionDue()).isEqualTo(due);
        As.signIn(s.applicant());
        assertThat(recommendations.history(s.dossierId()).getLast().problemWith("team")).contains("缺少运营团队成员名单");
        clock.advance(Duration.ofDays(10));
        dossiers.submit(s.dossierId(), returned.version(), false);
        assertThat(dossiers.versions(s.dossierId())).hasSize(2);
    }

    @Test
    void aReturnedDossierIsRefusedTheDayAfterItsResubmissionDate() {
        ReviewScenario.Submitted s = scenario.submitted(scenario.openCall(), DISTRICT);
        scenario.district(DISTRICT);
        List<ChecklistItem> items = new ArrayList<>(ReviewScenario.allPresent(recommendations.workspace(s.dossierId()).checklist()));
        items.set(0, new ChecklistItem("basic", Verdict.PROBLEM, "名称不规范"));
        recommendations.decide(s.dossierId(), DistrictAction.RETURN, items, "请修改", LocalDate.now(clock).plusDays(3));
        Dossier returned = dossierAs(s);
        clock.advance(Duration.ofDays(4));
        As.signIn(s.applicant());
        assertThatThrownBy(() -> dossiers.submit(s.dossierId(), returned.version(), false))
                .hasMessage("dossier.revisionOverdue");
    }

    @ParameterizedTest
    @EnumSource(DistrictAction.class)
    void anOpinionOrNoteOneCharacterOverTheFormsLimitIsRefusedOnTheServerAndTheDossierStaysWithTheDistrict(DistrictAction action) {
        ReviewScenario.Submitted s = scenario.submitted(scenario.openCall(), DISTRICT);
        scenario.district(DISTRICT);
        List<ChecklistItem> items = new ArrayList<>(ReviewScenario.allPresent(recommendations.workspace(s.dossierId()).checklist()));
        if (action == DistrictAction.RETURN) {
            items.set(0, new ChecklistItem("basic", Verdict.PROBLEM, "名称不规范"));
        }
        LocalDate due = action == DistrictAction.RETURN ? LocalDate.now(clock).plusDays(3) : null;
        assertThatThrownBy(() -> recommendations.decide(s.dossierId(), action, items, "意".repeat(2001), due))
                .hasMessage("review.opinionTooLong");
        List<ChecklistItem> longNote = new ArrayList<>(items);
        longNote.set(1, new ChecklistItem(items.get(1).code(), items.get(1).verdict(), "注".repeat(501)));
        assertThatThrownBy(() -> recommendations.decide(s.dossierId(), action, longNote, "同意", due))
                .hasMessage("review.noteTooLong");
        assertThat(recommendations.history(s.dossierId())).isEmpty();
        assertThat(dossierAs(s).status()).isEqualTo(DossierStatus.SUBMITTED);
        scenario.district(DISTRICT);
        List<ChecklistItem> atLimit = new ArrayList<>(items);
        atLimit.set(1, new ChecklistItem(items.get(1).code(), items.get(1).verdict(), "注".repeat(500)));
        recommendations.decide(s.dossierId(), action, atLimit, "意".repeat(2000), due);
        assertThat(dossierAs(s).status()).isEqualTo(action.leadsTo());
    }

    @Test
    void theDistrictCannotRecommendWithAProblemOpenWithoutAnOpinionOrTwice() {
        ReviewScenario.Submitted s = scenario.submitted(scenario.openCall(), DISTRICT);
        scenario.district(DISTRICT);
        List<ChecklistEntry> checklist = recommendations.workspace(s.dossierId()).checklist();
        List<ChecklistItem> withProblem = new ArrayList<>(ReviewScenario.allPresent(checklist));
        withProblem.set(1, new ChecklistItem("facts", Verdict.PROBLEM, "场地面积与证明不符"));
        assertThatThrownBy(() -> recommendations.decide(s.dossierId(), DistrictAction.RECOMMEND, withProblem, "同意", null))
                .hasMessage("review.recommendWithProblems");
        assertThatThrownBy(() -> recommendations.decide(s.dossierId(), DistrictAction.RECOMMEND,
                ReviewScenario.allPresent(checklist), " ", null)).hasMessage("review.opinionMissing");
        assertThatThrownBy(() -> recommendations.decide(s.dossierId(), DistrictAction.RECOMMEND,
                ReviewScenario.allPresent(checklist).subList(1, checklist.size()), "同意", null))
                .hasMessage("review.checklistIncomplete");
        recommendations.decide(s.dossierId(), DistrictAction.RECOMMEND, ReviewScenario.allPresent(checklist), "同意", null);
        assertThatThrownBy(() -> recommendations.decide(s.dossierId(), DistrictAction.NOT_RECOMMEND,
                ReviewScenario.allPresent(checklist), "不同意", null)).hasMessage("review.illegalTransition");
        As.role(Role.AUDITOR, null);
        assertThat(audit.page(new AuditQuery(null, "DOSSIER_RECOMMENDED", "DOSSIER", String.valueOf(s.dossierId())), AuditPosition.newest(), 5).events())
                .extracting(e -> e.ruleId()).containsExactly("P4.3");
    }

    @Test
    void anotherDistrictFindsNoSuchDossier() {
        ReviewScenario.Submitted s = scenario.submitted(scenario.openCall(), DISTRICT);
        scenario.district("530103");
        assertThatThrownBy(() -> recommendations.workspace(s.dossierId())).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> recommendations.decide(s.dossierId(), DistrictAction.NOT_RECOMMEND, List.of(), "x", null))
                .isInstanceOf(NotFoundException.class);
        assertThat(recommendations.inbox(s.callId())).isEmpty();
    }

    @Test
    void anExpertOfTheApplicantsOwnUnitOrWithADeclaredRelationIsNeverAssigned() {
        ReviewScenario.Submitted s = scenario.submitted(scenario.openCall(), DISTRICT);
        scenario.recommend(s.dossierId(), DISTRICT);
        As.role(Role.BUREAU_OFFICER, "KMKJJ");
        Dossier d = dossiers.find(s.dossierId()).orElseThrow();
        String unitCode = units.find(d.unitId()).orElseThrow().creditCode();
        As.signOut();
        ReviewScenario.ExpertLogin colleague = scenario.expert("同单位专家", "生物医药", "另一个名字", unitCode);
        As.role(Role.BUREAU_OFFICER, "KMKJJ");
        assertThatThrownBy(() -> assignments.assign(s.dossierId(), colleague.expertId()))
                .hasMessage("review.expertSameUnit");
        assertThat(assignments.candidates(s.dossierId())).extracting(c -> c.expert().id())
                .doesNotContain(colleague.expertId());
    }

    @Test
    void aConflictDeclaredAfterAssignmentReleasesItAndKeepsTheExpertOffThatUnit() {
        ReviewScenario.Submitted s = scenario.submitted(scenario.openCall(), DISTRICT);
        scenario.recommend(s.dossierId(), DISTRICT);
        ReviewScenario.ExpertLogin e = scenario.expert("李四");
        scenario.assign(s.dossierId(), e);

        As.signIn(e.user());
        assertThatThrownBy(() -> reviews.packet(s.dossierId())).hasMessage("review.declareFirst");
        assertThatThrownBy(() -> work.declare(Subject.dossier(s.dossierId()), true, " ")).hasMessage("review.conflictNeedsNote");
        work.declare(Subject.dossier(s.dossierId()), true, "曾为该单位顾问");
        assertThatThrownBy(() -> work.review(Subject.dossier(s.dossierId()))).isInstanceOf(NotFoundException.class);
        assertThat(work.mine()).isEmpty();

        As.role(Role.BUREAU_OFFICER, "KMKJJ");
        assertThat(assignments.board(s.callId()).getFirst().expertsNeeded()).isEqualTo(3);
        assertThatThrownBy(() -> assignments.assign(s.dossierId(), e.expertId()))
                .hasMessage("review.expertDeclaredRelation");
    }

    @Test
    void anExpertOpeningADossierNotAssignedToItFindsNothing() {
        ReviewScenario.Submitted s = scenario.submitted(scenario.openCall(), DISTRICT);
        scenario.recommend(s.dossierId(), DISTRICT);
        ReviewScenario.ExpertLogin outsider = scenario.expert("王五");
        As.signIn(outsider.user());
        assertThatThrownBy(() -> work.review(Subject.dossier(s.dossierId()))).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> reviews.packet(s.dossierId())).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> work.declare(Subject.dossier(s.dossierId()), false, "")).isInstanceOf(NotFoundException.class);
    }

    @Test
    void anIncompleteScoreSheetIsRefusedAndChangesNothing() {
        ReviewScenario.Submitted s = scenario.submitted(scenario.openCall(), DISTRICT);
        scenario.recommend(s.dossierId(), DISTRICT);
        ReviewScenario.ExpertLogin e = scenario.expert("赵六");
        scenario.assign(s.dossierId(), e);
        As.signIn(e.user());
        work.declare(Subject.dossier(s.dossierId()), false, "");
        int version = work.review(Subject.dossier(s.dossierId())).assignment().version();
        assertThatThrownBy(() -> work.submitSheet(Subject.dossier(s.dossierId()), version,
                new ScoreSheet(Map.of("BASIS", 80), "好", ExpertOpinion.SUPPORT))).hasMessage("score.missing");
        assertThat(work.review(Subject.dossier(s.dossierId())).assignment().status()).isEqualTo(AssignmentStatus.ACCEPTED);
    }

    @Test
    void theDossierIsReviewedWhenTheThirdSheetIsInAndTheBureauDecidesItWithMinutes() throws Exception {
        ReviewScenario.Submitted s = scenario.submitted(scenario.openCall(), DISTRICT);
        scenario.recommend(s.dossierId(), DISTRICT);
        ReviewScenario.ExpertLogin a = scenario.expert("甲专家");
        ReviewScenario.ExpertLogin b = scenario.expert("乙专家");
        ReviewScenario.ExpertLogin c = scenario.expert("丙专家");
        scenario.assign(s.dossierId(), a, b, c);
        scenario.score(a, s.dossierId(), 90);
        scenario.score(b, s.dossierId(), 80);
        assertThat(dossierAs(s).status()).isEqualTo(DossierStatus.UNDER_EXPERT_REVIEW);
        scenario.score(c, s.dossierId(), 60);
        assertThat(dossierAs(s).status()).isEqualTo(DossierStatus.REVIEWED);

        As.role(Role.BUREAU_OFFICER, "KMKJJ");
        DecisionCandidate candidate = decisions.candidates(s.callId()).getFirst();
        assertThat(candidate.summary().mean()).isEqualByComparingTo("76.67");
        assertThat(candidate.summary().spread()).isEqualByComparingTo("30");
        assertThat(candidate.summary().disagreement()).isTrue();
        assertThatThrownBy(() -> decisions.recordMeeting(s.callId(), LocalDate.now(clock), "局务会〔2026〕12号",
                List.of(new DecisionLine(s.dossierId(), DecisionOutcome.REJECTED, "")))).hasMessage("decision.reasonMissing");
        assertThatThrownBy(() -> decisions.recordMeeting(s.callId(), LocalDate.now(clock).plusDays(1), "局务会〔2026〕12号",
                List.of(new DecisionLine(s.dossierId(), DecisionOutcome.PROPOSED, "")))).hasMessage("decision.dateInvalid");
        decisions.recordMeeting(s.callId(), LocalDate.now(clock), "局务会〔2026〕12号",
                List.of(new DecisionLine(s.dossierId(), DecisionOutcome.PROPOSED, "")));
        assertThat(dossierAs(s).status()).isEqualTo(DossierStatus.PROPOSED);
        As.role(Role.BUREAU_OFFICER, "KMKJJ");
        assertThat(decisions.meetings(s.callId()).getFirst().decisions()).extracting(DecisionLine::outcome)
                .containsExactly(DecisionOutcome.PROPOSED);

        byte[] xlsx = assignments.exportScores(s.callId());
        try (Workbook book = WorkbookFactory.create(new ByteArrayInputStream(xlsx))) {
            Sheet scores = book.getSheet("概念验证中心评分");
            assertThat(scores.getLastRowNum()).isEqualTo(3);
            assertThat(scores.getRow(0).getCell(3).getStringCellValue()).startsWith("建设基础与服务条件");
            assertThat(scores.getRow(1).getCell(3).getNumericCellValue()).isEqualTo(90.0);
            assertThat(scores.getRow(1).getCell(scores.getRow(0).getLastCellNum() - 2).getStringCellValue())
                    .isEqualTo("现场核查属实");
            assertThat(book.getSheet("汇总").getRow(1).getCell(5).getNumericCellValue()).isEqualTo(76.67);
        }
    }

    @Test
    void anExpertMayReadItsDossierUntilTheEndOfTheSeventhDayAfterSubmittingAndNotADayMore() {
        ReviewScenario.Submitted s = scenario.submitted(scenario.openCall(), DISTRICT);
        scenario.recommend(s.dossierId(), DISTRICT);
        ReviewScenario.ExpertLogin e = scenario.expert("钱七");
        scenario.assign(s.dossierId(), e);
        scenario.score(e, s.dossierId(), 70);
        As.signIn(e.user());
        clock.advance(Duration.ofDays(7));
        assertThat(reviews.packet(s.dossierId()).version().number()).isEqualTo(1);
        assertThat(work.review(Subject.dossier(s.dossierId())).readableUntil().toLocalDate()).isEqualTo(LocalDate.now(clock));
        clock.advance(Duration.ofDays(1));
        assertThatThrownBy(() -> reviews.packet(s.dossierId())).isInstanceOf(NotFoundException.class);
    }

    @Test
    void proposingFillsUpToThreeByFieldOrRefusesWhenTooFewAreFree() {
        ReviewScenario.Submitted s = scenario.submitted(scenario.openCall(), DISTRICT);
        scenario.recommend(s.dossierId(), DISTRICT);
        for (int i = 0; i < 3; i++) {
            scenario.expert("他领域专家" + i, "新材料", cn.kunming.kjj.carrier.support.Fixtures.unique("院"), null);
        }
        ReviewScenario.ExpertLogin first = scenario.expert("本领域专家甲", s.field() + "、医疗器械", "某大学", null);
        ReviewScenario.ExpertLogin second = scenario.expert("本领域专家乙", s.field(), "某学院", null);
        As.role(Role.BUREAU_OFFICER, "KMKJJ");
        assertThat(assignments.candidates(s.dossierId())).extracting(c -> c.expert().id()).startsWith(first.expertId(),
                second.expertId());
        // two of the field are left for three places: said, and nothing assigned until the bureau widens on purpose
        assertThatThrownBy(() -> assignments.propose(s.dossierId(), false)).hasMessage("review.notEnoughInField");
        assertThat(assignments.ofDossier(s.dossierId())).isEmpty();
        List<Expert> chosen = assignments.propose(s.dossierId(), true).experts();
        // the field's experts are drawn before any other
        assertThat(chosen).hasSize(3);
        assertThat(chosen.subList(0, 2)).extracting(Expert::id).containsExactlyInAnyOrder(first.expertId(),
                second.expertId());
        assertThat(jdbc.queryForObject("select count(*) from audit_event where action = 'EXPERT_ASSIGNED' and entity_id = ? "
                + "and detail like '%widened beyond the field%'", Integer.class, String.valueOf(s.dossierId()))).isEqualTo(1);
        assertThat(assignments.propose(s.dossierId(), false).experts()).isEmpty();
        assertThat(dossiers.find(s.dossierId()).orElseThrow().status()).isEqualTo(DossierStatus.UNDER_EXPERT_REVIEW);
    }

    @Test
    void aRecommendedDossierCannotBeDecidedBeforeItIsReviewed() {
        ReviewScenario.Submitted s = scenario.submitted(scenario.openCall(), DISTRICT);
        scenario.recommend(s.dossierId(), DISTRICT);
        As.role(Role.BUREAU_OFFICER, "KMKJJ");
        assertThatThrownBy(() -> decisions.recordMeeting(s.callId(), LocalDate.now(clock), "12号",
                List.of(new DecisionLine(s.dossierId(), DecisionOutcome.PROPOSED, ""))))
                .isInstanceOf(PortalException.class).hasMessage("review.illegalTransition");
        assertThat(dossiers.find(s.dossierId()).orElseThrow().status()).isEqualTo(DossierStatus.RECOMMENDED);
    }

    @Test
    void aCriterionCodeNameOrWeightBeyondItsColumnIsRefusedNamingTheLimitsAndNothingChanges() {
        As.role(Role.BUREAU_OFFICER, "KMKJJ");
        CarrierKind kind = CarrierKind.PILOT_PLATFORM;
        List<Criterion> original = criteria.criteria(kind);
        String longest = "C".repeat(32);
        String longestName = "名".repeat(100);
        List<Criterion> atTheLimits = List.of(new Criterion(kind, longest, longestName, "N".repeat(100), 100));
        for (List<Criterion> beyond : List.of(
                List.of(new Criterion(kind, longest + "C", "甲", "A", 100)),
                List.of(new Criterion(kind, "A", longestName + "名", "A", 100)),
                List.of(new Criterion(kind, "A", "甲", "N".repeat(101), 100)),
                List.of(new Criterion(kind, "A", "甲", "A", 101), new Criterion(kind, "B", "乙", "B", -1)))) {
            assertThatThrownBy(() -> criteria.replaceCriteria(kind, beyond)).hasMessageStartingWith("criteria.");
            assertThat(criteria.criteria(kind)).isEqualTo(original);
        }
        criteria.replaceCriteria(kind, atTheLimits);
        assertThat(criteria.criteria(kind)).isEqualTo(atTheLimits);
    }

    @Test
    void criteriaWeightsMustAddUpToExactlyOneHundredAndStayWhileAKindIsUnderReview() {
        As.role(Role.BUREAU_OFFICER, "KMKJJ");
        CarrierKind kind = CarrierKind.PILOT_PLATFORM;
        List<Criterion> original = criteria.criteria(kind);
        List<Criterion> ninetyNine = List.of(new Criterion(kind, "A", "甲", "A", 49), new Criterion(kind, "B", "乙", "B", 50));
        List<Criterion> hundredAndOne = List.of(new Criterion(kind, "A", "甲", "A", 51), new Criterion(kind, "B", "乙", "B", 50));
        List<Criterion> hundred = List.of(new Criterion(kind, "A", "甲", "A", 50), new Criterion(kind, "B", "乙", "B", 50));
        assertThatThrownBy(() -> criteria.replaceCriteria(kind, ninetyNine)).hasMessage("criteria.weightsNot100");
        assertThatThrownBy(() -> criteria.replaceCriteria(kind, hundredAndOne)).hasMessage("criteria.weightsNot100");
        assertThat(criteria.criteria(kind)).isEqualTo(original);
        criteria.replaceCriteria(kind, hundred);
        assertThat(criteria.criteria(kind)).isEqualTo(hundred);

        ReviewScenario.Submitted s = scenario.submitted(scenario.openCall(), DISTRICT);
        scenario.recommend(s.dossierId(), DISTRICT);
        scenario.assign(s.dossierId(), scenario.expert("孙八"));
        As.role(Role.BUREAU_OFFICER, "KMKJJ");
        List<Criterion> poc = criteria.criteria(CarrierKind.CONCEPT_CENTER);
        assertThatThrownBy(() -> criteria.replaceCriteria(CarrierKind.CONCEPT_CENTER, poc.reversed()))
                .hasMessage("criteria.reviewInProgress");
    }
}
