package cn.kunming.kjj.carrier.annualreport.ui;

import cn.kunming.kjj.carrier.carrier.CarrierService;
import cn.kunming.kjj.carrier.common.CarrierId;
import cn.kunming.kjj.carrier.publicity.PublicNoticeService;
import cn.kunming.kjj.carrier.review.ReviewScenario;
import cn.kunming.kjj.carrier.security.Role;
import cn.kunming.kjj.carrier.support.KaribuTest;
import cn.kunming.kjj.carrier.support.MovableClock;
import com.github.mvysny.kaributesting.v10.GridKt;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.time.LocalDate;
import java.time.ZoneId;

import static org.assertj.core.api.Assertions.assertThat;

/** 年度报告 remembers (issue 25, part 2): its year and "overdue only" in the address, the rows counted. */
class ReportListAddressTest extends KaribuTest {

    @Autowired
    ReviewScenario scenario;
    @Autowired
    PublicNoticeService notices;
    @Autowired
    CarrierService carriers;
    @Autowired
    MovableClock clock;
    @Autowired
    cn.kunming.kjj.carrier.annualreport.AnnualReportService reportService;
    @Autowired
    cn.kunming.kjj.carrier.dashboard.InboxService inbox;

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    @Test
    void theInboxsAddressOpensTheOverdueReportsCountedAndBackReturnsToTheFilteredList() {
        clock.set(LocalDate.of(2026, 6, 1).atTime(9, 0).atZone(ZoneId.of("Asia/Shanghai")).toInstant());
        CarrierId carrier = scenario.approvedCarrier(scenario.openCall(), ReviewScenario.DISTRICT, clock, notices,
                carriers);
        clock.set(LocalDate.of(2027, 4, 20).atTime(9, 0).atZone(ZoneId.of("Asia/Shanghai")).toInstant());
        login(Role.DISTRICT_OFFICER, ReviewScenario.DISTRICT);
        ReportsView view = (ReportsView) navigate("reports?overdue=1");
        assertThat(view.overdueOnly.getValue()).isTrue();
        assertThat(GridKt._findAll(view.grid)).isNotEmpty()
                .allSatisfy(r -> assertThat(r.overdueOn(LocalDate.of(2027, 4, 20))).isTrue())
                .anySatisfy(r -> assertThat(r.carrier().id()).isEqualTo(carrier));
        assertThat(view.count.count()).isEqualTo(GridKt._size(view.grid));

        view.year.setValue(2026);
        assertThat(view.address.href()).contains("year=2026", "overdue=1");
        ReportsView back = (ReportsView) navigate(view.address.href());
        assertThat(back.year.getValue()).isEqualTo(2026);
        assertThat(back.overdueOnly.getValue()).isTrue();
        assertThat(back.count.count()).isEqualTo(GridKt._size(back.grid)).isPositive();

        ReportsView hostile = (ReportsView) navigate(
                "reports?year=99999999999&overdue=%3Cb%3E&pos=-1&toEvaluate=-1&toEvaluate=%00");
        assertThat(hostile.year.getValue()).isNull();
        assertThat(hostile.overdueOnly.getValue()).isFalse();
        assertThat(hostile.toEvaluateOnly.getValue()).isFalse();
    }

    @Test
    void theInboxsReportsToReadOpenExactlyTheSubmittedReportsNotYetEvaluated() {
        clock.set(LocalDate.of(2026, 3, 2).atTime(10, 0).atZone(ZoneId.of("Asia/Shanghai")).toInstant());
        CarrierId carrier = scenario.approvedCarrier(scenario.openCall(), ReviewScenario.DISTRICT, clock, notices,
                carriers);
        cn.kunming.kjj.carrier.support.As.signIn(scenario.lastApplicant);
        var report = reportService.open(carrier, 2026);
        reportService.submit(report, 0, new cn.kunming.kjj.carrier.annualreport.ReportContent("基本情况", "人才", "项目",
                "成效", "案例", "财务", "问题", new java.math.BigDecimal("100"), 5, 1, java.math.BigDecimal.ZERO));
        cn.kunming.kjj.carrier.support.As.signOut();

        login(Role.DISTRICT_OFFICER, ReviewScenario.DISTRICT);
        long counted = inbox.waiting().stream()
                .filter(w -> w.work() == cn.kunming.kjj.carrier.dashboard.WaitingWork.REPORTS_TO_READ)
                .findFirst().orElseThrow().count();
        ReportsView view = (ReportsView) navigate(cn.kunming.kjj.carrier.dashboard.WaitingWork.REPORTS_TO_READ.href());
        assertThat(view.toEvaluateOnly.getValue()).isTrue();
        assertThat((long) view.count.count()).as("the tile's count is the list's length").isEqualTo(counted).isPositive();
        assertThat(GridKt._findAll(view.grid)).allSatisfy(r -> assertThat(r.report()).isNotNull())
                .anySatisfy(r -> assertThat(r.report().id()).isEqualTo(report));
        assertThat(view.address.href()).as("kept in the address, so Back returns to it").contains("toEvaluate=1");
        view.toEvaluateOnly.setValue(false);
        assertThat((long) view.count.count()).as("without the filter, every report year").isGreaterThanOrEqualTo(counted);
        assertThat(view.address.href()).doesNotContain("toEvaluate");

        // the applicant has nothing to evaluate: the address cannot turn the officers' filter on for it
        login(Role.APPLICANT, ReviewScenario.DISTRICT, scenario.lastApplicant.unitId(), scenario.lastApplicant.accountId());
        ReportsView own = (ReportsView) navigate("reports?toEvaluate=1");
        assertThat(own.toEvaluateOnly.isVisible()).isFalse();
        assertThat(own.toEvaluateOnly.getValue()).isFalse();
        assertThat(GridKt._findAll(own.grid)).anySatisfy(r -> assertThat(r.carrier().id()).isEqualTo(carrier));
    }
}
