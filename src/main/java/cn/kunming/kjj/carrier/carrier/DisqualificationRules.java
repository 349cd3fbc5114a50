package cn.kunming.kjj.carrier.carrier;

import org.jspecify.annotations.Nullable;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * The automatic grounds of M5.3 as a pure rule: a report missing after its deadline, 不合格 in two consecutive
 * evaluation years, a revoked provincial filing. Each proposal carries a key so that the same ground is proposed once.
 */
public final class DisqualificationRules {

    private DisqualificationRules() {
    }

    public record Proposal(Ground ground, String key, int year) {
    }

    /**
     * @param reportYears       the years the carrier reports on
     * @param dueOn             each year's deadline
     * @param submitted         the years with a submitted report
     * @param failedYears       the evaluation years judged 不合格 (other evaluated years passed)
     * @param filingRevokedYear the year of a revocation when the latest filing record is a revocation
     */
    public static List<Proposal> detect(LocalDate today, Collection<Integer> reportYears,
                                        Function<Integer, LocalDate> dueOn, Predicate<Integer> submitted,
                                        Map<Integer, Boolean> failedYears, @Nullable Integer filingRevokedYear) {
        List<Proposal> proposals = new ArrayList<>();
        for (int year : reportYears) {
            if (today.isAfter(dueOn.apply(year)) && !submitted.test(year)) {
                proposals.add(new Proposal(Ground.REPORT_MISSING, "REPORT_MISSING:" + year, year));
            }
        }
        failedYears.forEach((year, failed) -> {
            if (failed && Boolean.TRUE.equals(failedYears.get(year + 1))) {
                proposals.add(new Proposal(Ground.TWO_FAILED_EVALUATIONS, "TWO_FAILED_EVALUATIONS:" + (year + 1), year + 1));
            }
        });
        if (filingRevokedYear != null) {
            proposals.add(new Proposal(Ground.FILING_REVOKED, "FILING_REVOKED:" + filingRevokedYear, filingRevokedYear));
        }
        return proposals;
    }

    /** M5.4: the unit may not apply until the ban's years (two in the measures) after the effective date, that day included. */
    public static LocalDate banEndsOn(LocalDate effectiveOn, int years) {
        return effectiveOn.plusYears(years);
    }
}
