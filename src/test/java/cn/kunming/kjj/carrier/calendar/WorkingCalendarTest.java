package cn.kunming.kjj.carrier.calendar;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The calendar of REFERENCE.md for 2025 and 2026, as the migration seeds it. */
public class WorkingCalendarTest {

    public static final WorkingCalendar OFFICIAL = new WorkingCalendar(List.of(
            new CalendarYear(2025, "国办发明电〔2024〕12号",
                    CalendarText.parse(2025, "1/1; 1/28–2/4; 4/4–4/6; 5/1–5/5; 5/31–6/2; 10/1–10/8"),
                    CalendarText.parse(2025, "1/26, 2/8, 4/27, 9/28, 10/11")),
            new CalendarYear(2026, "2025-11-04",
                    CalendarText.parse(2026, "1/1–1/3; 2/15–2/23; 4/4–4/6; 5/1–5/5; 6/19–6/21; 9/25–9/27; 10/1–10/7"),
                    CalendarText.parse(2026, "1/4, 2/14, 2/28, 5/9, 9/20, 10/10"))));

    private static LocalDate day(String iso) {
        return LocalDate.parse(iso);
    }

    @Test
    void fiveWorkingDaysAcrossNationalDay2025CountTheMakeUpSaturday() {
        assertThat(OFFICIAL.nthWorkingDay(day("2025-09-30"), 5)).isEqualTo(day("2025-10-13"));
        assertThat(OFFICIAL.nthWorkingDay(day("2025-09-28"), 5)).isEqualTo(day("2025-10-10"));
    }

    @Test
    void fiveWorkingDaysAcrossNewYearSpringFestivalAndMayDay2026() {
        assertThat(OFFICIAL.nthWorkingDay(day("2025-12-31"), 5)).isEqualTo(day("2026-01-07"));
        assertThat(OFFICIAL.nthWorkingDay(day("2026-02-13"), 5)).isEqualTo(day("2026-02-26"));
        assertThat(OFFICIAL.nthWorkingDay(day("2026-04-30"), 5)).isEqualTo(day("2026-05-09"));
    }

    @Test
    void aStartOnADayOffCountsFromTheNextWorkingDay() {
        assertThat(OFFICIAL.nthWorkingDay(day("2026-10-03"), 1)).isEqualTo(day("2026-10-08"));
        assertThat(OFFICIAL.nthWorkingDay(day("2026-10-03"), 5)).isEqualTo(day("2026-10-13"));
    }

    @Test
    void theStartDayItselfIsTheFirstWhenItIsAWorkingDay() {
        assertThat(OFFICIAL.nthWorkingDay(day("2026-11-30"), 1)).isEqualTo(day("2026-11-30"));
        assertThatThrownBy(() -> OFFICIAL.nthWorkingDay(day("2026-11-30"), 0)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void threeMonthsAfterEndsOnTheSameNumberedDayOrTheMonthsLastAndMovesOffHolidays() {
        assertThat(OFFICIAL.monthsAfter(day("2026-03-16"), 3)).isEqualTo(day("2026-06-16"));
        assertThat(OFFICIAL.monthsAfter(day("2026-01-31"), 3)).isEqualTo(day("2026-04-30"));
        assertThat(OFFICIAL.monthsAfter(day("2026-02-01"), 3)).isEqualTo(day("2026-05-06"));
        assertThat(OFFICIAL.monthsAfter(day("2025-11-28"), 3)).isEqualTo(day("2026-02-28"));
        assertThat(OFFICIAL.monthsAfter(day("2026-03-19"), 3)).isEqualTo(day("2026-06-22"));
    }

    @Test
    void aYearNotEnteredIsComputedFromWeekendsAloneAndSaysSo() {
        assertThat(OFFICIAL.isKnown(day("2027-01-01"))).isFalse();
        assertThat(OFFICIAL.isWorkingDay(day("2027-01-01"))).isTrue();
        assertThat(OFFICIAL.nthWorkingDay(day("2027-01-01"), 5)).isEqualTo(day("2027-01-07"));
        assertThat(OFFICIAL.allKnown(day("2026-12-28"), day("2027-01-05"))).isFalse();
        assertThat(OFFICIAL.allKnown(day("2026-12-01"), day("2026-12-31"))).isTrue();
    }

    @Test
    void typedDaysReadAsTheNoticeWritesThem() {
        assertThat(CalendarText.parse(2026, "2/15—2/17；5月1日")).containsExactly(day("2026-02-15"), day("2026-02-16"),
                day("2026-02-17"), day("2026-05-01"));
        assertThat(CalendarText.format(CalendarText.parse(2026, "1/1–1/3; 2/14"))).isEqualTo("1/1–1/3; 2/14");
        assertThatThrownBy(() -> CalendarText.parse(2026, "2/30")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> CalendarText.parse(2026, "3/5–3/1")).isInstanceOf(IllegalArgumentException.class);
    }
}
