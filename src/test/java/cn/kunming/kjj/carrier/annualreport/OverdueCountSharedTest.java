package cn.kunming.kjj.carrier.annualreport;

import cn.kunming.kjj.carrier.carrier.CarrierService;
import cn.kunming.kjj.carrier.common.CarrierId;
import cn.kunming.kjj.carrier.common.ReportId;
import cn.kunming.kjj.carrier.publicity.PublicNoticeService;
import cn.kunming.kjj.carrier.review.ReviewScenario;
import cn.kunming.kjj.carrier.security.PortalUser;
import cn.kunming.kjj.carrier.security.Role;
import cn.kunming.kjj.carrier.support.As;
import cn.kunming.kjj.carrier.support.MovableClock;
import cn.kunming.kjj.carrier.support.PortalSpringTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.support.TransactionTemplate;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZoneId;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The menu's count of overdue yearly reports is shared per scope (decision 0042), with real commits (no test
 * transaction): a committed late report lowers it at once for its district and the bureau, another district's stays,
 * and every count stays the length of the list it opens.
 */
@PortalSpringTest
class OverdueCountSharedTest {

    private static final String OTHER = "530103";
    private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");

    @Autowired
    AnnualReportService reports;
    @Autowired
    ReviewScenario scenario;
    @Autowired
    PublicNoticeService notices;
    @Autowired
    CarrierService carriers;
    @Autowired
    MovableClock clock;
    @Autowired
    TransactionTemplate tx;

    @AfterEach
    void reset() {
        As.signOut();
        clock.reset();
    }

    private long count(Role role, String tenant) {
        As.role(role, tenant);
        return reports.overdueCount();
    }

    private long listed(Role role, String tenant, LocalDate today) {
        As.role(role, tenant);
        return reports.rows(null).stream().filter(r -> r.overdueOn(today)).count();
    }

    @Test
    void aCommittedLateReportLowersTheSharedCountOfItsDistrictAndTheBureauAtOnceAndNoOtherDistricts() {
        clock.set(LocalDate.of(2026, 6, 1).atTime(9, 0).atZone(SHANGHAI).toInstant());
        CarrierId carrier = scenario.approvedCarrier(scenario.openCall(), ReviewScenario.DISTRICT, clock, notices, carriers);
        PortalUser applicant = scenario.lastApplicant;
        LocalDate today = LocalDate.of(2027, 4, 20);
        clock.set(today.atTime(9, 0).atZone(SHANGHAI).toInstant());

        long district = count(Role.DISTRICT_OFFICER, ReviewScenario.DISTRICT);
        long bureau = count(Role.BUREAU_OFFICER, "KMKJJ");
        long other = count(Role.DISTRICT_OFFICER, OTHER);
        assertThat(district).as("the 2026 report, due 31 March 2027, not sent")
                .isEqualTo(listed(Role.DISTRICT_OFFICER, ReviewScenario.DISTRICT, today)).isPositive();
        assertThat(count(Role.DISTRICT_OFFICER, ReviewScenario.DISTRICT)).as("read again, shared").isEqualTo(district);

        As.signIn(applicant);
        ReportId report = reports.open(carrier, 2026);
        reports.submit(report, 0, new ReportContent("基本情况", "人才", "项目", "成效", "案例", "财务", "问题",
                new BigDecimal("100"), 5, 1, BigDecimal.ZERO));

        assertThat(count(Role.DISTRICT_OFFICER, ReviewScenario.DISTRICT)).isEqualTo(district - 1)
                .isEqualTo(listed(Role.DISTRICT_OFFICER, ReviewScenario.DISTRICT, today));
        assertThat(count(Role.BUREAU_OFFICER, "KMKJJ")).isEqualTo(bureau - 1)
                .isEqualTo(listed(Role.BUREAU_OFFICER, "KMKJJ", today));
        assertThat(count(Role.DISTRICT_OFFICER, OTHER)).isEqualTo(other);
    }

    @Test
    void aCountReadInsideATransactionThatMayHoldItsOwnChangesIsComputedAfreshAndNotShared() {
        LocalDate today = LocalDate.of(2027, 4, 21);
        clock.set(today.atTime(9, 0).atZone(SHANGHAI).toInstant());
        long shared = count(Role.BUREAU_OFFICER, "KMKJJ");
        Long inside = tx.execute(s -> reports.overdueCount());
        assertThat(inside).isEqualTo(shared).isEqualTo(listed(Role.BUREAU_OFFICER, "KMKJJ", today));
    }
}
