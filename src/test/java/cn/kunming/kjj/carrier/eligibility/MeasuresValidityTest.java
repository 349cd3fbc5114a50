package cn.kunming.kjj.carrier.eligibility;

import cn.kunming.kjj.carrier.common.CallId;
import cn.kunming.kjj.carrier.annualreport.ReportDeadlines;
import cn.kunming.kjj.carrier.call.CallDraft;
import cn.kunming.kjj.carrier.call.CallService;
import cn.kunming.kjj.carrier.common.CarrierKind;
import cn.kunming.kjj.carrier.common.PortalException;
import cn.kunming.kjj.carrier.dashboard.DashboardService;
import cn.kunming.kjj.carrier.majorchange.MajorChangeService;
import cn.kunming.kjj.carrier.publicity.PublicNoticeService;
import cn.kunming.kjj.carrier.security.Role;
import cn.kunming.kjj.carrier.support.As;
import cn.kunming.kjj.carrier.support.MovableClock;
import cn.kunming.kjj.carrier.support.PortalSpringTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.annotation.Transactional;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Art. 8 (A8.1): the measures are in force from 2025-11-14 to 2028-11-14, and their figures are data of the versioned
 * rule set. Each case at its exact dates.
 */
@PortalSpringTest
@Transactional
class MeasuresValidityTest {

    private static final LocalDate FIRST_DAY = LocalDate.of(2025, 11, 14);
    private static final LocalDate LAST_DAY = LocalDate.of(2028, 11, 14);

    @Autowired
    EligibilityService eligibility;
    @Autowired
    CallService calls;
    @Autowired
    PublicNoticeService notices;
    @Autowired
    MajorChangeService changes;
    @Autowired
    ReportDeadlines reportDeadlines;
    @Autowired
    DashboardService dashboards;
    @Autowired
    MovableClock clock;

    @AfterEach
    void reset() {
        As.signOut();
        clock.reset();
    }

    private void today(LocalDate day) {
        clock.set(day.atTime(9, 0).atZone(ZoneId.of("Asia/Shanghai")).toInstant());
    }

    private RuleSet seeded() {
        return eligibility.ruleSets().stream().filter(r -> r.version().equals("KM-2025-2")).findFirst().orElseThrow();
    }

    private void successor(Map<Threshold, String> changed) {
        As.role(Role.ADMIN, null);
        eligibility.addVersion(RuleSets.with(seeded(), "KM-2028-1", LAST_DAY.plusDays(1), changed));
    }

    private CallId call(LocalDateTime opens, LocalDateTime closes) {
        As.role(Role.BUREAU_OFFICER, "KMKJJ");
        return calls.create(new CallDraft(opens.getYear(), "申报通知", Set.of(CarrierKind.CONCEPT_CENTER), opens, closes,
                "", List.of()));
    }

    @Test
    void aCallOpensAndClosesOnlyWithinTheValidityOfTheMeasuresNamingArticle8AndTheDates() {
        today(LocalDate.of(2025, 11, 1));
        assertThatThrownBy(() -> call(FIRST_DAY.minusDays(1).atTime(23, 59), FIRST_DAY.plusDays(20).atStartOfDay()))
                .isInstanceOfSatisfying(PortalException.class, e -> {
                    assertThat(e.getMessage()).isEqualTo("call.outsideValidity");
                    assertThat(e.args()).containsExactly("2025-11-13", "2025-11-14 至 2028-11-14");
                });
        assertThat(call(FIRST_DAY.atStartOfDay(), LAST_DAY.atTime(23, 59)).value()).isPositive();
        assertThatThrownBy(() -> call(LAST_DAY.minusDays(5).atStartOfDay(), LAST_DAY.plusDays(1).atStartOfDay()))
                .hasMessage("call.outsideValidity");
    }

    @Test
    void aCallMayRunIntoASuccessorVersionOnceItIsEntered() {
        today(LocalDate.of(2028, 10, 1));
        successor(Map.of());
        assertThat(call(LAST_DAY.minusDays(5).atStartOfDay(), LAST_DAY.plusDays(30).atStartOfDay()).value()).isPositive();
    }

    @Test
    void aSubmissionOutsideTheValidityIsRefusedNamingArticle8AndTheDates() {
        FactsBuilder f = FactsBuilder.conceptCenter();
        f.submittedOn = LAST_DAY;
        assertThat(eligibility.evaluate(f.build()).ruleSetVersion()).isEqualTo("KM-2025-2");
        f.submittedOn = LAST_DAY.plusDays(1);
        assertThatThrownBy(() -> eligibility.evaluate(f.build())).isInstanceOfSatisfying(PortalException.class, e -> {
            assertThat(e.getMessage()).isEqualTo("eligibility.noRuleSet");
            assertThat(e.args()).containsExactly("2028-11-15", "2025-11-14 至 2028-11-14");
        });
    }

    @Test
    void theFiguresOfArticles4To6AreThoseOfTheVersionInForceOnTheDay() {
        today(LocalDate.of(2028, 10, 1));
        successor(Map.of(Threshold.NOTICE_WORKING_DAYS, "7", Threshold.CHANGE_REPORT_MONTHS, "2",
                Threshold.REPORT_DUE_MONTH, "4", Threshold.REPORT_DUE_DAY, "30"));
        // a notice starting on Monday 2028-11-06 runs 5 working days; one starting Monday 2028-11-20 runs 7
        assertThat(notices.period(LocalDate.of(2028, 11, 6)).defaultEnd()).isEqualTo(LocalDate.of(2028, 11, 10));
        assertThat(notices.period(LocalDate.of(2028, 11, 20)).defaultEnd()).isEqualTo(LocalDate.of(2028, 11, 28));
        // a change on 2028-08-10 is reported within 3 months; one on 2028-12-11 within 2
        assertThat(changes.deadline(LocalDate.of(2028, 8, 10)).dueOn()).isEqualTo(LocalDate.of(2028, 11, 10));
        assertThat(changes.deadline(LocalDate.of(2028, 12, 11)).dueOn()).isEqualTo(LocalDate.of(2029, 2, 12));
        // the 2027 report is due 31 March 2028 (a Friday); the 2028 report under the successor 30 April 2029 (a Monday)
        assertThat(reportDeadlines.dueOn(2027)).isEqualTo(LocalDate.of(2028, 3, 31));
        assertThat(reportDeadlines.dueOn(2028)).isEqualTo(LocalDate.of(2029, 4, 30));
    }

    @Test
    void aVersionWhoseFiguresMeanNothingIsRefusedAndNothingIsAdded() {
        today(LocalDate.of(2028, 10, 1));
        for (Map<Threshold, String> bad : List.of(Map.of(Threshold.NOTICE_WORKING_DAYS, "0"),
                Map.of(Threshold.NOTICE_WORKING_DAYS, "2.5"), Map.of(Threshold.REAPPLICATION_BAN_YEARS, "0"),
                Map.of(Threshold.CHANGE_REPORT_MONTHS, "-3"), Map.of(Threshold.REPORT_DUE_MONTH, "13"),
                Map.of(Threshold.REPORT_DUE_MONTH, "2", Threshold.REPORT_DUE_DAY, "29"),
                Map.of(Threshold.REPORT_DUE_DAY, "32"), Map.of(Threshold.NOTICE_WORKING_DAYS, "100000"))) {
            assertThatThrownBy(() -> successor(bad)).as(bad.toString()).isInstanceOf(PortalException.class);
        }
        assertThat(eligibility.ruleSets()).extracting(RuleSet::version).containsExactly("KM-2025-2");
    }

    @Test
    void theBureausDashboardWarnsFrom180DaysBeforeExpiryUntilASuccessorIsEntered() {
        today(LAST_DAY.minusDays(181));
        As.role(Role.BUREAU_OFFICER, "KMKJJ");
        assertThat(dashboards.overview(null).measuresExpiring()).isFalse();
        today(LAST_DAY.minusDays(180));
        As.role(Role.BUREAU_OFFICER, "KMKJJ");
        assertThat(dashboards.overview(null).measuresExpireOn()).isEqualTo(LAST_DAY);
        As.role(Role.DISTRICT_OFFICER, "530102");
        assertThat(dashboards.overview(null).measuresExpiring()).as("the bureau's warning").isFalse();
        successor(Map.of());
        As.role(Role.BUREAU_OFFICER, "KMKJJ");
        assertThat(dashboards.overview(null).measuresExpiring()).isFalse();
    }
}
