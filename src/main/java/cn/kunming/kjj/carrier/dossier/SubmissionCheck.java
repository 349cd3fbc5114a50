package cn.kunming.kjj.carrier.dossier;

import cn.kunming.kjj.carrier.eligibility.FactsCheck;
import cn.kunming.kjj.carrier.credit.ListingEntry;
import cn.kunming.kjj.carrier.eligibility.EligibilityResult;
import cn.kunming.kjj.carrier.eligibility.Outcome;

import java.util.List;

/**
 * Everything that stands between a draft and its submission, how the rules judge it today, and the entries of the
 * imported credit lists that name the unit within the last year (they make C2.5 / C3.6 fail). Figures that cannot
 * be true (negative, absurd) are listed per field in {@code factProblems}; the rules are then not run, and the draft
 * still opens, showing what is wrong.
 */
public record SubmissionCheck(List<Missing> missing, EligibilityResult evaluation, List<ListingEntry> listings,
                              List<FactsCheck.Problem> factProblems) {

    /** Something the applicant still has to fill in, as a message key. */
    public record Missing(String key, Object... args) {
    }

    public SubmissionCheck {
        missing = List.copyOf(missing);
        listings = listings == null ? List.of() : List.copyOf(listings);
        factProblems = factProblems == null ? List.of() : List.copyOf(factProblems);
    }

    public boolean hasFailures() {
        return evaluation.results().stream().anyMatch(r -> r.outcome() == Outcome.FAIL);
    }
}
