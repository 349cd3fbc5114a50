package cn.kunming.kjj.carrier.calendar;

/** A year of the working-day calendar was entered or corrected; deadlines computed from it may move. */
public record CalendarChanged(int year) {
}
