package cn.kunming.kjj.carrier.expertreview;

import cn.kunming.kjj.carrier.common.CarrierId;
import cn.kunming.kjj.carrier.common.ReportId;
import cn.kunming.kjj.carrier.annualreport.AnnualReportService;
import cn.kunming.kjj.carrier.annualreport.ReportContent;
import cn.kunming.kjj.carrier.annualreport.ReportReviewService;
import cn.kunming.kjj.carrier.audit.AuditEvent;
import cn.kunming.kjj.carrier.audit.AuditLog;
import cn.kunming.kjj.carrier.audit.AuditQuery;
import cn.kunming.kjj.carrier.audit.AuditPosition;
import cn.kunming.kjj.carrier.carrier.CarrierService;
import cn.kunming.kjj.carrier.common.NotFoundException;
import cn.kunming.kjj.carrier.publicity.PublicNoticeService;
import cn.kunming.kjj.carrier.review.ReviewAssignmentService;
import cn.kunming.kjj.carrier.review.ReviewScenario;
import cn.kunming.kjj.carrier.security.Role;
import cn.kunming.kjj.carrier.support.As;
import cn.kunming.kjj.carrier.support.MovableClock;
import cn.kunming.kjj.carrier.support.PortalSpringTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.annotation.Transactional;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The one review engine behaves alike for every type of subject (P4.4, M5.1): generated over {@link SubjectType}, so
 * that the next type (such as the industry authorities' evaluations) is held to the same rules without anyone
 * remembering to. A type this test cannot yet make fails here until it can.
 */
@PortalSpringTest
@Transactional
class ExpertReviewEngineTest {

    @Autowired
    ReviewScenario scenario;
    @Autowired
    ReviewAssignmentService dossierAssignments;
    @Autowired
    ReportReviewService reportReview;
    @Autowired
    AnnualReportService reports;
    @Autowired
    PublicNoticeService notices;
    @Autowired
    CarrierService carriers;
    @Autowired
    ExpertWork work;
    @Autowired
    ExpertAssignments assignments;
    @Autowired
    ReviewSettings settings;
    @Autowired
    AuditLog audit;
    @Autowired
    MovableClock clock;

    @AfterEach
    void reset() {
        clock.reset();
        As.signOut();
    }

    /** A subject of the type, ready for experts, with the expert assigned to it by the bureau. */
    private Subject assigned(SubjectType type, ReviewScenario.ExpertLogin expert) {
        return switch (type) {
            case DOSSIER -> {
                ReviewScenario.Submitted s = scenario.submitted(scenario.openCall(), ReviewScenario.DISTRICT);
                scenario.recommend(s.dossierId(), ReviewScenario.DISTRICT);
                scenario.assign(s.dossierId(), expert);
                yield Subject.dossier(s.dossierId());
            }
            case ANNUAL_REPORT -> {
                clock.set(LocalDate.of(2026, 3, 2).atTime(10, 0).atZone(ZoneId.of("Asia/Shanghai")).toInstant());
                CarrierId carrier = scenario.approvedCarrier(scenario.openCall(), ReviewScenario.DISTRICT, clock, notices,
                        carriers);
                clock.set(LocalDate.of(2027, 2, 1).atTime(10, 0).atZone(ZoneId.of("Asia/Shanghai")).toInstant());
                As.signIn(scenario.lastApplicant);
                ReportId reportId = reports.open(carrier, 2026);
                reports.submit(reportId, 0, new ReportContent("基本情况", "人才", "项目", "成效", "案例", "财务", "问题",
                        new BigDecimal("100"), 5, 1, BigDecimal.ZERO));
                As.role(Role.BUREAU_OFFICER, "KMKJJ");
                reportReview.assign(reportId, expert.expertId());
                As.signOut();
                yield Subject.report(reportId);
            }
        };
    }

    private ScoreSheet complete(Subject subject, int every) {
        Map<String, Integer> scores = work.criteria(subject).stream()
                .collect(Collectors.toMap(Criterion::code, c -> every));
        return new ScoreSheet(scores, "意见", ExpertOpinion.SUPPORT);
    }

    private List<AuditEvent> audited(String action, Subject subject) {
        As.role(Role.AUDITOR, null);
        return audit.page(new AuditQuery(null, action, subject.type().entity().name(), String.valueOf(subject.id())), AuditPosition.newest(), 10).events();
    }

    @ParameterizedTest
    @EnumSource(SubjectType.class)
    void aSecondDeclarationIsRefusedAsAlreadyDeclaredAndChangesNothing(SubjectType type) {
        ReviewScenario.ExpertLogin expert = scenario.expert("声明两次的专家");
        Subject subject = assigned(type, expert);
        As.signIn(expert.user());
        assertThatThrownBy(() -> work.contentAccess(subject)).hasMessage("review.declareFirst");
        work.declare(subject, false, "");
        assertThatThrownBy(() -> work.declare(subject, true, "后来想起")).hasMessage("review.alreadyDeclared");
        assertThat(work.review(subject).assignment().status()).isEqualTo(AssignmentStatus.ACCEPTED);
    }

    @ParameterizedTest
    @EnumSource(SubjectType.class)
    void aDeclaredConflictIsAuditedWithTheNoteReleasesTheAssignmentAndBarsTheExpertFromTheUnit(SubjectType type) {
        ReviewScenario.ExpertLogin expert = scenario.expert("有利害关系的专家");
        Subject subject = assigned(type, expert);
        As.signIn(expert.user());
        assertThatThrownBy(() -> work.declare(subject, true, "  ")).hasMessage("review.conflictNeedsNote");
        work.declare(subject, true, "曾为该单位顾问");
        assertThatThrownBy(() -> work.review(subject)).isInstanceOf(NotFoundException.class);
        assertThat(work.mine()).isEmpty();
        assertThat(audited("CONFLICT_DECLARED", subject)).singleElement()
                .satisfies(e -> assertThat(e.detail()).contains("有利害关系的专家", "曾为该单位顾问"));
        As.role(Role.BUREAU_OFFICER, "KMKJJ");
        assertThat(assignments.stillNeeded(subject)).isEqualTo(settings.expertsPerDossier());
    }

    @ParameterizedTest
    @EnumSource(SubjectType.class)
    void aSubmittedSheetIsAuditedOnItsSubjectAndReadableOnlyUntilTheEndOfTheReadingPeriod(SubjectType type) {
        ReviewScenario.ExpertLogin expert = scenario.expert("按期阅读的专家");
        Subject subject = assigned(type, expert);
        As.signIn(expert.user());
        work.declare(subject, false, "");
        int version = work.review(subject).assignment().version();
        assertThatThrownBy(() -> work.submitSheet(subject, version, new ScoreSheet(Map.of(), "意见", ExpertOpinion.SUPPORT)))
                .hasMessage("score.missing");
        Assignment in = work.submitSheet(subject, version, complete(subject, 75));
        assertThat(in.weightedScore()).isEqualByComparingTo("75");
        assertThatThrownBy(() -> work.saveSheet(subject, in.version(), complete(subject, 90)))
                .hasMessage("review.sheetAlreadySubmitted");
        assertThat(audited("SCORE_SHEET_SUBMITTED", subject)).hasSize(1);

        As.signIn(expert.user());
        LocalDate lastDay = in.submittedAt().toLocalDate().plusDays(settings.readableDaysAfterSubmission());
        clock.set(lastDay.atTime(23, 59).atZone(ZoneId.of("Asia/Shanghai")).toInstant());
        assertThat(work.contentAccess(subject).status()).isEqualTo(AssignmentStatus.SUBMITTED);
        clock.set(lastDay.plusDays(1).atTime(0, 0).atZone(ZoneId.of("Asia/Shanghai")).toInstant());
        assertThatThrownBy(() -> work.contentAccess(subject)).isInstanceOf(NotFoundException.class);
    }

    @ParameterizedTest
    @EnumSource(SubjectType.class)
    void theBureauReleasesAnExpertOnlyWithAReasonAndOnlyBeforeItsSheetIsIn(SubjectType type) {
        ReviewScenario.ExpertLogin expert = scenario.expert("被替换的专家");
        Subject subject = assigned(type, expert);
        As.role(Role.BUREAU_OFFICER, "KMKJJ");
        Assignment a = assignments.of(subject).getFirst();
        assertThatThrownBy(() -> assignments.release(a.id(), " ")).hasMessage("review.releaseReasonMissing");
        int before = assignments.stillNeeded(subject);
        assignments.release(a.id(), "无法到场");
        assertThat(assignments.stillNeeded(subject)).isEqualTo(before + 1);
        assertThat(audited("EXPERT_RELEASED", subject)).singleElement()
                .satisfies(e -> assertThat(e.detail()).contains("无法到场"));
        As.role(Role.BUREAU_OFFICER, "KMKJJ");
        assertThatThrownBy(() -> assignments.release(a.id(), "再次")).hasMessage("review.cannotRelease");
        As.signIn(expert.user());
        assertThatThrownBy(() -> work.review(subject)).isInstanceOf(NotFoundException.class);
    }

    @ParameterizedTest
    @EnumSource(SubjectType.class)
    void anExpertNotAssignedFindsNothingAndCannotDeclare(SubjectType type) {
        ReviewScenario.ExpertLogin expert = scenario.expert("已分派专家");
        ReviewScenario.ExpertLogin outsider = scenario.expert("局外专家");
        Subject subject = assigned(type, expert);
        As.signIn(outsider.user());
        assertThatThrownBy(() -> work.review(subject)).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> work.declare(subject, false, "")).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> work.criteria(subject)).isInstanceOf(NotFoundException.class);
        assertThat(work.mine()).isEmpty();
    }

    @ParameterizedTest
    @EnumSource(SubjectType.class)
    void aSheetWithATextLongerThanTheLimitIsRefusedOnSaveAndOnSubmitAndNothingIsKept(SubjectType type) {
        ReviewScenario.ExpertLogin expert = scenario.expert("长篇意见专家");
        Subject subject = assigned(type, expert);
        As.signIn(expert.user());
        work.declare(subject, false, "");
        Assignment a = work.review(subject).assignment();
        ScoreSheet complete = complete(subject, 80);
        ScoreSheet tooLong = new ScoreSheet(complete.scores(), "评".repeat(cn.kunming.kjj.carrier.common.TextLimits.TEXT + 1),
                ExpertOpinion.SUPPORT);
        assertThatThrownBy(() -> work.saveSheet(subject, a.version(), tooLong)).hasMessage("input.tooLongField");
        assertThatThrownBy(() -> work.submitSheet(subject, a.version(), tooLong)).hasMessage("input.tooLongField");
        assertThat(work.review(subject).assignment().sheet().comments()).isEmpty();
        assertThat(work.review(subject).assignment().status()).isEqualTo(AssignmentStatus.ACCEPTED);
    }
}
