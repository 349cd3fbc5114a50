package cn.kunming.kjj.carrier.publicity;

import java.time.LocalDate;

/**
 * The period a notice would run from a start date: the default end, the 5th working day counting the start (P4.5),
 * and whether the calendar of those days is entered (otherwise the end is an estimate from weekends alone).
 */
public record NoticePeriod(LocalDate startsOn, LocalDate defaultEnd, boolean calendarKnown) {
}
