package cn.kunming.kjj.carrier.calendar;

import java.time.LocalDate;
import java.util.Set;
import java.util.TreeSet;

/** One year of the State Council holiday arrangement: its notice, the days off and the make-up working days. */
public record CalendarYear(int year, String noticeNumber, Set<LocalDate> daysOff, Set<LocalDate> makeUpWorkingDays) {

    public CalendarYear {
        daysOff = Set.copyOf(new TreeSet<>(daysOff));
        makeUpWorkingDays = Set.copyOf(new TreeSet<>(makeUpWorkingDays));
    }
}
