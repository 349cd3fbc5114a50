package cn.kunming.kjj.carrier.expertreview.ui;

import cn.kunming.kjj.carrier.common.CarrierId;
import cn.kunming.kjj.carrier.common.ReportId;
import cn.kunming.kjj.carrier.annualreport.AnnualReportService;
import cn.kunming.kjj.carrier.annualreport.ReportContent;
import cn.kunming.kjj.carrier.annualreport.ReportReviewService;
import cn.kunming.kjj.carrier.carrier.CarrierService;
import cn.kunming.kjj.carrier.common.ui.NothingHereView;
import cn.kunming.kjj.carrier.publicity.PublicNoticeService;
import cn.kunming.kjj.carrier.expertreview.AssignmentStatus;
import cn.kunming.kjj.carrier.expertreview.ExpertOpinion;
import cn.kunming.kjj.carrier.expertreview.ExpertWork;
import cn.kunming.kjj.carrier.expertreview.Subject;
import cn.kunming.kjj.carrier.expertreview.SubjectType;
import com.github.mvysny.kaributesting.v10.GridKt;
import com.github.mvysny.kaributesting.v10.LocatorJ;
import cn.kunming.kjj.carrier.review.ReviewScenario;
import cn.kunming.kjj.carrier.security.Role;
import cn.kunming.kjj.carrier.support.As;
import cn.kunming.kjj.carrier.support.KaribuTest;
import cn.kunming.kjj.carrier.support.MovableClock;
import com.github.mvysny.kaributesting.v10.MockVaadin;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZoneId;

import static org.assertj.core.api.Assertions.assertThat;

class ExpertReviewViewTest extends KaribuTest {

    @Autowired
    ReviewScenario scenario;
    @Autowired
    AnnualReportService reports;
    @Autowired
    ReportReviewService review;
    @Autowired
    ExpertWork work;
    @Autowired
    PublicNoticeService notices;
    @Autowired
    CarrierService carriers;
    @Autowired
    MovableClock clock;
    @Autowired
    cn.kunming.kjj.carrier.review.RecommendationService recommendations;

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    private ReportId submittedReport() {
        clock.set(LocalDate.of(2026, 3, 2).atTime(10, 0).atZone(ZoneId.of("Asia/Shanghai")).toInstant());
        CarrierId carrier = scenario.approvedCarrier(scenario.openCall(), ReviewScenario.DISTRICT, clock, notices, carriers);
        As.signIn(scenario.lastApplicant);
        ReportId reportId = reports.open(carrier, 2026);
        reports.submit(reportId, 0, new ReportContent("基本情况", "人才", "项目", "成效", "案例", "财务", "问题",
                new BigDecimal("100"), 5, 1, BigDecimal.ZERO));
        return reportId;
    }

    @Test
    void theAssignedExpertDeclaresReadsAndScoresTheReportOnTheSamePageAsADossierAndAnotherExpertFindsNothing() {
        ReportId reportId = submittedReport();
        ReviewScenario.ExpertLogin expert = scenario.expert("年报专家");
        ReviewScenario.ExpertLogin other = scenario.expert("其他专家");
        As.role(Role.BUREAU_OFFICER, "KMKJJ");
        review.assign(reportId, expert.expertId());
        As.signOut();

        login(Role.EXPERT, null, null, other.user().accountId());
        assertThat(navigate("expert/report/" + reportId)).isInstanceOf(NothingHereView.class);
        logout();
        MockVaadin.tearDown();
        setUpVaadinAgain();
        login(Role.EXPERT, null, null, expert.user().accountId());
        ExpertReviewView view = (ExpertReviewView) navigate("expert/report/" + reportId);
        assertThat(view.form).isNull();
        view.conflict.setValue(false);
        view.declareNow();
        view.form.scoreAll(80);
        view.form.fill("运行良好", ExpertOpinion.SUPPORT);
        view.saveSheet(false);
        As.signIn(expert.user());
        assertThat(work.review(Subject.report(reportId)).assignment().sheet().comments())
                .as("a yearly report's sheet is saved as it goes, like a dossier's").isEqualTo("运行良好");
        var confirm = view.confirmSubmit();
        assertThat(confirm.getElement().getTextRecursively()).contains("不能再修改", "P4.4", "80");
        assertThat(work.review(Subject.report(reportId)).assignment().status()).as("not before it is confirmed")
                .isEqualTo(AssignmentStatus.ACCEPTED);
        confirm.confirm();
        assertThat(work.review(Subject.report(reportId)).assignment().status()).isEqualTo(AssignmentStatus.SUBMITTED);
    }

    @Test
    void oneExpertListsItsDossierAndItsReportInOneListEachOpeningItsOwnPage() {
        ReportId reportId = submittedReport();
        ReviewScenario.ExpertLogin expert = scenario.expert("两类评审专家");
        As.role(Role.BUREAU_OFFICER, "KMKJJ");
        review.assign(reportId, expert.expertId());
        ReviewScenario.Submitted dossier = scenario.submitted(scenario.openCall(), ReviewScenario.DISTRICT);
        scenario.recommend(dossier.dossierId(), ReviewScenario.DISTRICT);
        scenario.assign(dossier.dossierId(), expert);
        As.signOut();

        login(Role.EXPERT, null, null, expert.user().accountId());
        MyReviewsView mine = (MyReviewsView) navigate("expert/reviews");
        assertThat(GridKt._size(mine.grid)).isEqualTo(2);
        assertThat(GridKt._findAll(mine.grid).stream().map(r -> r.subject().subject().type()))
                .containsExactlyInAnyOrder(SubjectType.DOSSIER, SubjectType.ANNUAL_REPORT);
        assertThat(navigate("expert/review/" + dossier.dossierId())).isInstanceOf(ExpertReviewView.class);
        assertThat(navigate("expert/report/" + reportId)).isInstanceOf(ExpertReviewView.class);
        assertThat(navigate("expert/review/999999999")).isInstanceOf(NothingHereView.class);
        assertThat(navigate("expert/report/abc")).isInstanceOf(NothingHereView.class);
        assertThat(navigate("expert/panel/" + reportId)).isInstanceOf(NothingHereView.class);
    }

    @Test
    void theBureauReleasesAReportsExpertOnTheReportPageOnlyWithAReason() {
        ReportId reportId = submittedReport();
        ReviewScenario.ExpertLogin expert = scenario.expert("无法到场的专家");
        As.role(Role.BUREAU_OFFICER, "KMKJJ");
        review.assign(reportId, expert.expertId());
        As.signOut();

        login(Role.BUREAU_OFFICER, "KMKJJ");
        navigate("reports/" + reportId);
        AssignedExperts experts = LocatorJ._get(AssignedExperts.class);
        assertThat(experts.getElement().getTextRecursively()).contains("无法到场的专家");
        var dialog = experts.release(review.assignments(reportId).getFirst());
        dialog.confirm();
        assertThat(dialog.isOpened()).as("no reason, no release").isTrue();
        assertThat(review.assignments(reportId).getFirst().status()).isEqualTo(AssignmentStatus.ASSIGNED);
        LocatorJ._get(dialog, com.vaadin.flow.component.textfield.TextArea.class, spec -> { }).setValue("出差无法到场");
        dialog.confirm();
        assertThat(review.assignments(reportId).getFirst().status()).isEqualTo(AssignmentStatus.RELEASED);
        assertThat(review.assignments(reportId).getFirst().releasedReason()).isEqualTo("出差无法到场");
    }

    @Test
    void saveAndNextKeepsTheSheetUnsubmittedAndOpensTheNextAssignmentOfTheExpertsListUntilTheLast() {
        var call = scenario.openCall();
        ReviewScenario.ExpertLogin expert = scenario.expert(cn.kunming.kjj.carrier.support.Fixtures.unique("连评专家"));
        for (int i = 0; i < 2; i++) {
            ReviewScenario.Submitted s = scenario.submitted(call, ReviewScenario.DISTRICT);
            scenario.recommend(s.dossierId(), ReviewScenario.DISTRICT);
            scenario.assign(s.dossierId(), expert);
        }
        As.signIn(expert.user());
        login(Role.EXPERT, null, null, expert.user().accountId());
        MyReviewsView list = (MyReviewsView) navigate("expert/reviews");
        java.util.List<Subject> order = java.util.stream.IntStream.range(0, GridKt._size(list.grid))
                .mapToObj(i -> GridKt._get(list.grid, i).subject().subject()).toList();
        assertThat(order).hasSize(2);
        assertThat(list.count.getText()).as("the list says how many").isEqualTo("共 2 条");
        GridKt._clickItem(list.grid, 0);

        ExpertReviewView first = (ExpertReviewView) com.vaadin.flow.component.UI.getCurrent().getCurrentView();
        first.conflict.setValue(false);
        first.declareNow();
        first.form.scoreAll(80);
        first.saveAndNext();
        assertThat(com.vaadin.flow.component.UI.getCurrent().getInternals().getActiveViewLocation().getPath())
                .isEqualTo(order.get(1).path());
        As.signIn(expert.user());
        assertThat(work.review(order.getFirst()).assignment().status()).as("kept, not submitted")
                .isEqualTo(AssignmentStatus.ACCEPTED);
        assertThat(work.review(order.getFirst()).assignment().sheet().scores()).isNotEmpty().containsValue(80);

        ExpertReviewView second = (ExpertReviewView) com.vaadin.flow.component.UI.getCurrent().getCurrentView();
        second.conflict.setValue(false);
        second.declareNow();
        second.saveAndNext();
        assertThat(com.vaadin.flow.component.UI.getCurrent().getCurrentView()).as("after the last, the list")
                .isInstanceOf(MyReviewsView.class);
    }

    @Test
    void aScoreOutOfRangeTypedRightAfterTheDeclarationIsRefusedAtTheFieldSayingWhy() {
        ReviewScenario.Submitted dossier = scenario.submitted(scenario.openCall(), ReviewScenario.DISTRICT);
        scenario.recommend(dossier.dossierId(), ReviewScenario.DISTRICT);
        ReviewScenario.ExpertLogin expert = scenario.expert("粗心专家");
        scenario.assign(dossier.dossierId(), expert);

        login(Role.EXPERT, null, null, expert.user().accountId());
        ExpertReviewView view = (ExpertReviewView) navigate("expert/review/" + dossier.dossierId());
        view.conflict.setValue(false);
        view.declareNow();
        var first = view.form.scores.values().iterator().next();
        first.setValue(150);

        assertThat(first.isInvalid()).isTrue();
        assertThat(first.getErrorMessage()).as("the sheet shown after the declaration says its limit").contains("不能大于 100");
        first.setValue(100);
        assertThat(first.isInvalid()).as("on the limit passes").isFalse();
    }

    @Test
    void theExpertsListShowsDaysSinceAssignmentAndTimeLeftToTheCallsReviewDeadlineOverdueRowsMarked() {
        clock.set(LocalDate.of(2026, 9, 1).atTime(9, 0).atZone(ZoneId.of("Asia/Shanghai")).toInstant());
        cn.kunming.kjj.carrier.common.CallId call = scenario.openCall();
        ReviewScenario.Submitted dossier = scenario.submitted(call, ReviewScenario.DISTRICT);
        scenario.recommend(dossier.dossierId(), ReviewScenario.DISTRICT);
        ReviewScenario.ExpertLogin expert = scenario.expert("倒计时专家");
        scenario.assign(dossier.dossierId(), expert);
        As.role(Role.BUREAU_OFFICER, "KMKJJ");
        recommendations.setSchedule(new cn.kunming.kjj.carrier.review.ReviewSchedule(call, null,
                LocalDate.of(2026, 9, 8)));
        As.signOut();

        clock.set(LocalDate.of(2026, 9, 3).atTime(9, 0).atZone(ZoneId.of("Asia/Shanghai")).toInstant());
        login(Role.EXPERT, null, null, expert.user().accountId());
        MyReviewsView mine = (MyReviewsView) navigate("expert/reviews");
        assertThat(GridKt._getFormatted(mine.grid, 0, "daysWaiting")).isEqualTo("2");
        assertThat(GridKt._getFormatted(mine.grid, 0, "timeLeft")).isEqualTo("还有 5 天");
        assertThat(mine.grid.getPartNameGenerator().apply(GridKt._get(mine.grid, 0))).isNull();

        clock.set(LocalDate.of(2026, 9, 9).atTime(9, 0).atZone(ZoneId.of("Asia/Shanghai")).toInstant());
        MyReviewsView late = (MyReviewsView) navigate("expert/reviews");
        assertThat(GridKt._getFormatted(late.grid, 0, "timeLeft")).isEqualTo("逾期 1 天");
        assertThat(late.grid.getPartNameGenerator().apply(GridKt._get(late.grid, 0)))
                .isEqualTo(cn.kunming.kjj.carrier.common.ui.WaitingTime.OVERDUE_PART);
    }
}
