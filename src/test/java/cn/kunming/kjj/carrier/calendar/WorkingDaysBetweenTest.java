package cn.kunming.kjj.carrier.calendar;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/** Working days left to a deadline (issue 25, part 6), on the official calendar with its days off and make-up days. */
class WorkingDaysBetweenTest {

    /** 2026: 1–3 October off, Sunday 27 September a make-up working day (as an example year). */
    private final WorkingCalendar calendar = new WorkingCalendar(List.of(new CalendarYear(2026, "示例",
            Set.of(LocalDate.of(2026, 10, 1), LocalDate.of(2026, 10, 2)), Set.of(LocalDate.of(2026, 9, 27)))));

    @Test
    void theDeadlineItselfLeavesNoWorkingDay() {
        assertThat(calendar.workingDaysBetween(LocalDate.of(2026, 9, 30), LocalDate.of(2026, 9, 30))).isZero();
    }

    @Test
    void aWeekendCountsNothingAndAMakeUpSundayCountsOne() {
        // Friday 25 September to Monday 28 September: Saturday off, Sunday the make-up day, Monday
        assertThat(calendar.workingDaysBetween(LocalDate.of(2026, 9, 25), LocalDate.of(2026, 9, 28))).isEqualTo(2);
    }

    @Test
    void holidaysAreNotCounted() {
        // Wednesday 30 September to Friday 2 October: both days off
        assertThat(calendar.workingDaysBetween(LocalDate.of(2026, 9, 30), LocalDate.of(2026, 10, 2))).isZero();
    }

    @Test
    void aPassedDeadlineCountsBackwardsAsNegative() {
        assertThat(calendar.workingDaysBetween(LocalDate.of(2026, 9, 28), LocalDate.of(2026, 9, 25))).isEqualTo(-2);
    }
}
