package cn.kunming.kjj.carrier.majorchange;

import java.time.LocalDate;

/** The filing deadline of a change (G6.1) and whether the calendar of its year is entered or merely estimated. */
public record ChangeDeadline(LocalDate dueOn, boolean estimated) {
}
