package cn.kunming.kjj.carrier.calendar;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;

/**
 * The official working-day calendar as a pure value (REFERENCE.md): a day is a working day when it is a listed
 * make-up working day, or a Monday–Friday not listed as a day off. Years whose arrangement is not entered are
 * computed from weekends alone — callers ask {@link #isKnown} to say so beside the date.
 */
public final class WorkingCalendar {

    private final Map<Integer, CalendarYear> years = new HashMap<>();

    public WorkingCalendar(Collection<CalendarYear> known) {
        known.forEach(y -> years.put(y.year(), y));
    }

    public boolean isKnown(int year) {
        return years.containsKey(year);
    }

    public boolean isKnown(LocalDate day) {
        return isKnown(day.getYear());
    }

    public Set<Integer> knownYears() {
        return Set.copyOf(years.keySet());
    }

    public boolean isWorkingDay(LocalDate day) {
        CalendarYear year = years.get(day.getYear());
        if (year != null && year.makeUpWorkingDays().contains(day)) {
            return true;
        }
        if (year != null && year.daysOff().contains(day)) {
            return false;
        }
        return day.getDayOfWeek() != DayOfWeek.SATURDAY && day.getDayOfWeek() != DayOfWeek.SUNDAY;
    }

    /**
     * The working days after {@code from} up to and including {@code to}: how many are left to a deadline (0 on the
     * day itself); negative, counted the same way backwards, once it has passed.
     */
    public int workingDaysBetween(LocalDate from, LocalDate to) {
        if (to.isBefore(from)) {
            return -workingDaysBetween(to, from);
        }
        int n = 0;
        for (LocalDate d = from.plusDays(1); !d.isAfter(to); d = d.plusDays(1)) {
            if (isWorkingDay(d)) {
                n++;
            }
        }
        return n;
    }

    /** The first working day on or after the day. */
    public LocalDate onOrNextWorkingDay(LocalDate day) {
        LocalDate d = day;
        while (!isWorkingDay(d)) {
            d = d.plusDays(1);
        }
        return d;
    }

    /**
     * The n-th working day counting the given day as the first when it is a working day, otherwise starting on the
     * next working day (P4.5: 5 working days).
     */
    public LocalDate nthWorkingDay(LocalDate from, int n) {
        if (n < 1) {
            throw new IllegalArgumentException("n must be at least 1");
        }
        LocalDate d = onOrNextWorkingDay(from);
        for (int counted = 1; counted < n; counted++) {
            d = onOrNextWorkingDay(d.plusDays(1));
        }
        return d;
    }

    /**
     * The deadline n months after an event (PRC Civil Code arts. 201–203, RULES.md): the same-numbered day n months
     * later, or the last day of that month when it has none; on a day off it moves to the next working day.
     */
    public LocalDate monthsAfter(LocalDate event, int months) {
        return onOrNextWorkingDay(event.plusMonths(months));
    }

    /** Whether every day from {@code from} to {@code to} lies in entered years (else the dates are estimates). */
    public boolean allKnown(LocalDate from, LocalDate to) {
        for (int y = from.getYear(); y <= to.getYear(); y++) {
            if (!isKnown(y)) {
                return false;
            }
        }
        return true;
    }
}
