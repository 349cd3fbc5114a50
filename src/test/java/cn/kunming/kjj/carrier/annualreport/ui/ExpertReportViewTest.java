package cn.kunming.kjj.carrier.annualreport.ui;

import cn.kunming.kjj.carrier.annualreport.AnnualReportService;
import cn.kunming.kjj.carrier.annualreport.ReportContent;
import cn.kunming.kjj.carrier.annualreport.ReportReviewService;
import cn.kunming.kjj.carrier.carrier.CarrierService;
import cn.kunming.kjj.carrier.common.ui.NothingHereView;
import cn.kunming.kjj.carrier.publicity.PublicNoticeService;
import cn.kunming.kjj.carrier.review.AssignmentStatus;
import cn.kunming.kjj.carrier.review.ExpertOpinion;
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

class ExpertReportViewTest extends KaribuTest {

    @Autowired
    ReviewScenario scenario;
    @Autowired
    AnnualReportService reports;
    @Autowired
    ReportReviewService review;
    @Autowired
    PublicNoticeService notices;
    @Autowired
    CarrierService carriers;
    @Autowired
    MovableClock clock;

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    @Test
    void theAssignedExpertDeclaresReadsAndScoresTheReportAndAnotherExpertFindsNothing() {
        clock.set(LocalDate.of(2026, 3, 2).atTime(10, 0).atZone(ZoneId.of("Asia/Shanghai")).toInstant());
        long carrier = scenario.approvedCarrier(scenario.openCall(), ReviewScenario.DISTRICT, clock, notices, carriers);
        As.signIn(scenario.lastApplicant);
        long reportId = reports.open(carrier, 2026);
        reports.submit(reportId, 0, new ReportContent("基本情况", "人才", "项目", "成效", "案例", "财务", "问题",
                new BigDecimal("100"), 5, 1, BigDecimal.ZERO));
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
        ExpertReportView view = (ExpertReportView) navigate("expert/report/" + reportId);
        assertThat(view.form).isNull();
        view.conflict.setValue(false);
        view.declare();
        view.form.scoreAll(80);
        view.form.fill("运行良好", ExpertOpinion.SUPPORT);
        view.submit();
        As.signIn(expert.user());
        assertThat(review.assignment(reportId).status()).isEqualTo(AssignmentStatus.SUBMITTED);
    }
}
