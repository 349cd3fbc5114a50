package cn.kunming.kjj.carrier.eligibility;

import java.math.BigDecimal;
import java.time.DateTimeException;
import java.time.MonthDay;
import java.util.Optional;

/**
 * What the figures of Art. 4 to 6 must be to mean anything (A8.1), as a pure rule: whole numbers; at least one working
 * day of notice, one month to report a change and one year of ban; a due day that exists in every year.
 */
final class MeasureFigures {

    private MeasureFigures() {
    }

    static Optional<String> problem(RuleSet r) {
        for (Threshold t : new Threshold[]{Threshold.NOTICE_WORKING_DAYS, Threshold.REPORT_DUE_MONTH,
                Threshold.REPORT_DUE_DAY, Threshold.REAPPLICATION_BAN_YEARS, Threshold.CHANGE_REPORT_MONTHS}) {
            BigDecimal v = r.get(t);
            if (v.signum() <= 0 || v.stripTrailingZeros().scale() > 0 || v.compareTo(BigDecimal.valueOf(400)) > 0) {
                return Optional.of("ruleSet.figureNotWhole");
            }
        }
        try {
            MonthDay due = MonthDay.of(r.get(Threshold.REPORT_DUE_MONTH).intValueExact(),
                    r.get(Threshold.REPORT_DUE_DAY).intValueExact());
            if (!due.isValidYear(2029)) {
                return Optional.of("ruleSet.dueDayInvalid");
            }
        } catch (DateTimeException | ArithmeticException e) {
            return Optional.of("ruleSet.dueDayInvalid");
        }
        return Optional.empty();
    }
}
