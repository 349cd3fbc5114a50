package cn.kunming.kjj.carrier.notification;

import cn.kunming.kjj.carrier.common.AccountId;
import cn.kunming.kjj.carrier.common.CarrierId;
import cn.kunming.kjj.carrier.common.ReportId;
import cn.kunming.kjj.carrier.annualreport.AnnualReportService;
import cn.kunming.kjj.carrier.annualreport.ReportContent;
import cn.kunming.kjj.carrier.carrier.CarrierService;
import cn.kunming.kjj.carrier.publicity.PublicNoticeService;
import cn.kunming.kjj.carrier.review.ReviewScenario;
import cn.kunming.kjj.carrier.security.AccountStatus;
import cn.kunming.kjj.carrier.security.Role;
import cn.kunming.kjj.carrier.support.As;
import cn.kunming.kjj.carrier.support.Fixtures;
import cn.kunming.kjj.carrier.support.MovableClock;
import cn.kunming.kjj.carrier.support.PortalSpringTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.annotation.Transactional;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZoneId;

import static cn.kunming.kjj.carrier.review.ReviewScenario.DISTRICT;
import static org.assertj.core.api.Assertions.assertThat;

/** Whoever must act next is told: the district of a (re)submission and a yearly report, the unit of a return. */
@PortalSpringTest
@Transactional
class ActionNotificationsTest {

    @Autowired
    ReviewScenario scenario;
    @Autowired
    Fixtures fixtures;
    @Autowired
    AnnualReportService reports;
    @Autowired
    PublicNoticeService notices;
    @Autowired
    CarrierService carriers;
    @Autowired
    MovableClock clock;
    @Autowired
    JdbcTemplate jdbc;

    @AfterEach
    void reset() {
        As.signOut();
        clock.reset();
    }

    private int notified(AccountId accountId, NotificationKind kind, String link) {
        return jdbc.queryForObject("select count(*) from notification where account_id = ? and kind = ? and link = ?",
                Integer.class, accountId, kind.name(), link);
    }

    @Test
    void theDistrictIsToldOfASubmissionAndOtherDistrictsAreNot() {
        AccountId officer = fixtures.account(Role.DISTRICT_OFFICER, DISTRICT, null, AccountStatus.ACTIVE);
        AccountId elsewhere = fixtures.account(Role.DISTRICT_OFFICER, "530103", null, AccountStatus.ACTIVE);
        ReviewScenario.Submitted s = scenario.submitted(scenario.openCall(), DISTRICT);
        String link = "district/review/dossier/" + s.dossierId();
        assertThat(notified(officer, NotificationKind.DOSSIER_SUBMITTED, link)).isEqualTo(1);
        assertThat(notified(elsewhere, NotificationKind.DOSSIER_SUBMITTED, link)).isZero();
    }

    @Test
    void aSubmittedYearlyReportIsToldToTheDistrictAndAReturnToTheUnit() {
        clock.set(LocalDate.of(2026, 3, 2).atTime(10, 0).atZone(ZoneId.of("Asia/Shanghai")).toInstant());
        AccountId officer = fixtures.account(Role.DISTRICT_OFFICER, DISTRICT, null, AccountStatus.ACTIVE);
        CarrierId carrier = scenario.approvedCarrier(scenario.openCall(), DISTRICT, clock, notices, carriers);
        var applicant = scenario.lastApplicant;
        clock.set(LocalDate.of(2027, 2, 1).atTime(10, 0).atZone(ZoneId.of("Asia/Shanghai")).toInstant());
        As.signIn(applicant);
        ReportId report = reports.open(carrier, 2026);
        reports.submit(report, 0, new ReportContent("基本情况", "人才", "项目", "成效", "案例", "财务", "问题",
                new BigDecimal("100"), 5, 1, BigDecimal.ZERO));
        assertThat(notified(officer, NotificationKind.REPORT_SUBMITTED, "reports/" + report)).isEqualTo(1);

        As.role(Role.BUREAU_OFFICER, "KMKJJ");
        reports.returnForRevision(report, "财务数据缺少审计报告");
        assertThat(notified(applicant.accountId(), NotificationKind.REPORT_RETURNED, "reports/" + report)).isEqualTo(1);
        assertThat(jdbc.queryForObject("select args_json from notification where account_id = ? and kind = ?",
                String.class, applicant.accountId(), NotificationKind.REPORT_RETURNED.name()))
                .contains("财务数据缺少审计报告", "2026");
    }
}
