package cn.kunming.kjj.carrier.credit;

import java.time.LocalDate;

/**
 * The days a check looks at. "Within the last year" (C2.5, C3.6) is the 12 months before the submission date,
 * both ends included (RULES.md); a carrier's daily check looks at today.
 */
public record CheckWindow(LocalDate from, LocalDate to) {

    public static CheckWindow lastYearBefore(LocalDate submittedOn) {
        return new CheckWindow(submittedOn.minusMonths(12), submittedOn);
    }

    public static CheckWindow on(LocalDate day) {
        return new CheckWindow(day, day);
    }
}
