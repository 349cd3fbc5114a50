package cn.kunming.kjj.carrier.credit;

import cn.kunming.kjj.carrier.annualreport.AnnualReportService;
import cn.kunming.kjj.carrier.carrier.CarrierService;
import cn.kunming.kjj.carrier.common.CarrierId;
import cn.kunming.kjj.carrier.dashboard.InboxService;
import cn.kunming.kjj.carrier.dashboard.WaitingWork;
import cn.kunming.kjj.carrier.publicity.PublicNoticeService;
import cn.kunming.kjj.carrier.review.ReviewScenario;
import cn.kunming.kjj.carrier.security.Role;
import cn.kunming.kjj.carrier.support.As;
import cn.kunming.kjj.carrier.support.MovableClock;
import cn.kunming.kjj.carrier.support.PortalSpringTest;
import cn.kunming.kjj.carrier.tenant.HostUnitService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneId;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 25, part 6: overdue yearly reports and open credit alerts are counted in the bureau's and a district's inbox,
 * each count the length of the list its tile opens, another district's carrier in neither.
 */
@PortalSpringTest
class OverdueReportsAndAlertsInTheInboxTest {

    private static final String OTHER = "530103";

    @Autowired
    InboxService inbox;
    @Autowired
    AnnualReportService reports;
    @Autowired
    CreditService credit;
    @Autowired
    CreditDailyJob daily;
    @Autowired
    ReviewScenario scenario;
    @Autowired
    PublicNoticeService notices;
    @Autowired
    CarrierService carriers;
    @Autowired
    HostUnitService units;
    @Autowired
    MovableClock clock;

    @AfterEach
    void reset() {
        As.signOut();
        clock.reset();
    }

    private long waiting(WaitingWork work) {
        return inbox.waiting().stream().filter(w -> w.work() == work).findFirst().orElseThrow().count();
    }

    private long overdueListed(CarrierId carrier, LocalDate today) {
        return reports.rows(null).stream().filter(r -> r.overdueOn(today) && r.carrier().id().equals(carrier)).count();
    }

    @Test
    void aCarriersMissingReportAndItsCreditAlertAreCountedForItsDistrictAndTheBureauAsTheirListsShowThem() {
        clock.set(LocalDate.of(2026, 6, 1).atTime(9, 0).atZone(ZoneId.of("Asia/Shanghai")).toInstant());
        CarrierId carrier = scenario.approvedCarrier(scenario.openCall(), ReviewScenario.DISTRICT, clock, notices,
                carriers);
        As.role(Role.BUREAU_OFFICER, "KMKJJ");
        String code = units.find(scenario.lastApplicant.unitId()).orElseThrow().creditCode();
        credit.importList("list.csv", ("统一社会信用代码,名称,名单类型,列入机关,列入日期,移出日期\n" + code
                + ",某单位,严重失信主体名单,市场监管局,2026-06-01,\n").getBytes(StandardCharsets.UTF_8));
        As.signOut();
        daily.checkAll();

        LocalDate today = LocalDate.of(2027, 4, 20);
        clock.set(today.atTime(9, 0).atZone(ZoneId.of("Asia/Shanghai")).toInstant());
        As.role(Role.DISTRICT_OFFICER, ReviewScenario.DISTRICT);
        assertThat(overdueListed(carrier, today)).as("the 2026 report, due 31 March 2027, not sent").isEqualTo(1);
        long overdue = reports.rows(null).stream().filter(r -> r.overdueOn(today)).count();
        assertThat(waiting(WaitingWork.REPORTS_OVERDUE_IN_DISTRICT)).isEqualTo(overdue).isPositive();
        assertThat(credit.alerts(true)).extracting(CreditAlert::carrierId).contains(carrier);
        assertThat(waiting(WaitingWork.CREDIT_ALERTS_IN_DISTRICT)).isEqualTo(credit.alerts(true).size());

        As.role(Role.DISTRICT_OFFICER, OTHER);
        assertThat(overdueListed(carrier, today)).isZero();
        assertThat(credit.alerts(true)).extracting(CreditAlert::carrierId).doesNotContain(carrier);
        assertThat(waiting(WaitingWork.REPORTS_OVERDUE_IN_DISTRICT))
                .isEqualTo(reports.rows(null).stream().filter(r -> r.overdueOn(today)).count());
        assertThat(waiting(WaitingWork.CREDIT_ALERTS_IN_DISTRICT)).isEqualTo(credit.alerts(true).size());

        As.role(Role.BUREAU_OFFICER, "KMKJJ");
        assertThat(waiting(WaitingWork.REPORTS_OVERDUE)).isGreaterThanOrEqualTo(overdue)
                .isEqualTo(reports.rows(null).stream().filter(r -> r.overdueOn(today)).count());
        assertThat(waiting(WaitingWork.CREDIT_ALERTS_OPEN)).isEqualTo(credit.alerts(true).size()).isPositive();
        assertThat(WaitingWork.REPORTS_OVERDUE.href()).isEqualTo("reports?overdue=1");
        assertThat(WaitingWork.CREDIT_ALERTS_OPEN.href()).isEqualTo("bureau/credit-alerts?open=1");
    }
}
