package cn.kunming.kjj.carrier.credit;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/** What the latest checks of a dossier or unit say, for a column or a line beside the rules. */
public final class CreditSummary {

    private CreditSummary() {
    }

    /**
     * The result of the most recent check round (all sources checked at the same moment): LISTED if any source
     * listed the unit, else NOT_CHECKED if any source failed, else CLEAR; empty when never checked.
     */
    public static Optional<CheckResult> latest(List<CreditCheck> checks) {
        return checks.stream().map(CreditCheck::checkedAt).max(Comparator.naturalOrder())
                .map(last -> checks.stream().filter(c -> c.checkedAt().equals(last)).map(CreditCheck::result)
                        .max(Comparator.comparingInt(CreditSummary::severity)).orElseThrow());
    }

    private static int severity(CheckResult r) {
        return switch (r) {
            case CLEAR -> 0;
            case NOT_CHECKED -> 1;
            case LISTED -> 2;
        };
    }
}
