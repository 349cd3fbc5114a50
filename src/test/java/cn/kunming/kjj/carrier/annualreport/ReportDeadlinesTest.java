package cn.kunming.kjj.carrier.annualreport;

import cn.kunming.kjj.carrier.calendar.CalendarService;
import cn.kunming.kjj.carrier.security.Role;
import cn.kunming.kjj.carrier.support.As;
import cn.kunming.kjj.carrier.support.PortalSpringTest;
import cn.kunming.kjj.carrier.support.Statements;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.annotation.Transactional;

import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;

/** M5.1: the yearly report is due on 31 March, or on the next working day when that is a rest day (as G6.1). */
@PortalSpringTest
@Transactional
class ReportDeadlinesTest {

    @Autowired
    ReportDeadlines deadlines;
    @Autowired
    CalendarService calendar;

    @AfterEach
    void signOut() {
        As.signOut();
    }

    @Test
    void aDeadlineOnAWeekdayStaysAndOneOnASaturdayMovesToMondayAsAnEstimateWhileTheYearIsNotEntered() {
        assertThat(deadlines.dueOn(2026)).isEqualTo(LocalDate.of(2027, 3, 31));
        // 2029-03-31 is a Saturday
        assertThat(deadlines.dueOn(2028)).isEqualTo(LocalDate.of(2029, 4, 2));
        assertThat(deadlines.dueOnIsEstimate(2028)).isTrue();
        assertThat(deadlines.lateOn(2028, LocalDate.of(2029, 4, 2))).as("on the moved deadline").isFalse();
        assertThat(deadlines.lateOn(2028, LocalDate.of(2029, 4, 3))).as("the day after it").isTrue();
    }

    @Test
    void enteringTheYearsHolidaysMovesTheDeadlineAtOnceAndItIsNoLongerAnEstimate() {
        As.role(Role.ADMIN, null);
        // a hypothetical notice that makes Monday 2 April a day off
        calendar.enterYear(2029, "国办发明电〔2028〕1号", "4/2", "");
        assertThat(deadlines.dueOn(2028)).isEqualTo(LocalDate.of(2029, 4, 3));
        assertThat(deadlines.dueOnIsEstimate(2028)).isFalse();
    }

    @Test
    void aReadingOfManyRowsReckonsEachYearsDeadlineOnceWithTheSameAnswers() {
        ReportDeadlines.Reading reading = deadlines.reading();
        LocalDate approved = LocalDate.of(2025, 11, 20);
        LocalDate today = LocalDate.of(2029, 6, 1);

        assertThat(reading.reportYears(approved, today)).isEqualTo(deadlines.reportYears(approved, today));
        for (int year = 2025; year <= 2029; year++) {
            assertThat(reading.dueOn(year)).as("due for " + year).isEqualTo(deadlines.dueOn(year));
            assertThat(reading.dueOnIsEstimate(year)).isEqualTo(deadlines.dueOnIsEstimate(year));
        }
        // what a list of 2,000 carriers asks of it: every later row is answered without a statement
        int statements = Statements.during(() -> {
            for (int carrier = 0; carrier < 2_000; carrier++) {
                for (int year : reading.reportYears(approved, today)) {
                    reading.dueOn(year);
                }
            }
        });
        assertThat(statements).isZero();
        assertThat(Statements.during(() -> deadlines.reading().dueOn(2026))).as("a fresh reading reads the measures")
                .isPositive();
    }
}
