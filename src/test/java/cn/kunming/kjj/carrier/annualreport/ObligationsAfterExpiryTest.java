package cn.kunming.kjj.carrier.annualreport;

import cn.kunming.kjj.carrier.calendar.CalendarService;
import cn.kunming.kjj.carrier.eligibility.MeasuresValidity;
import cn.kunming.kjj.carrier.support.PortalSpringTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Decision 0025: what the measures' expiry on 2028-11-14 (Art. 8) does to yearly reports is a setting. A carrier
 * approved in March 2026, looked at in June 2029, with no successor version entered.
 */
@PortalSpringTest
class ObligationsAfterExpiryTest {

    private static final LocalDate APPROVED = LocalDate.of(2026, 3, 10);
    private static final LocalDate JUNE_2029 = LocalDate.of(2029, 6, 1);

    @Autowired
    MeasuresValidity measures;
    @Autowired
    CalendarService calendars;
    @Autowired
    ReportDeadlines configured;

    @Test
    void byDefaultReportsStayDueUnderTheLastVersionsFigures() {
        assertThat(configured.reportYears(APPROVED, JUNE_2029)).containsExactly(2026, 2027, 2028, 2029);
        assertThat(configured.dueOn(2028)).as("31 March 2029 is a Saturday").isEqualTo(LocalDate.of(2029, 4, 2));
    }

    @Test
    void withObligationsEndingNoReportFallsDueAfterTheLastDayOfTheMeasures() {
        ReportDeadlines ending = new ReportDeadlines(measures, calendars, ObligationsAfterExpiry.END);
        // 2027's report is due 2028-03-31, within the measures; 2028's on 2029-04-02, after them
        assertThat(ending.reportYears(APPROVED, JUNE_2029)).containsExactly(2026, 2027);
        assertThat(ending.reportYears(APPROVED, LocalDate.of(2027, 6, 1))).containsExactly(2026, 2027);
    }
}
