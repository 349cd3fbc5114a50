package cn.kunming.kjj.carrier.review;

import cn.kunming.kjj.carrier.expertreview.ScoreSummary;
import cn.kunming.kjj.carrier.credit.CheckResult;
import cn.kunming.kjj.carrier.dossier.Dossier;
import org.jspecify.annotations.Nullable;

/**
 * A reviewed dossier as the bureau weighs it for the proposed list (P4.4): the experts' summary, how the rules
 * judged the submitted version, whether the applicant acknowledged a failed condition, and what the latest credit
 * check (C2.5/C3.6) found — null when the dossier was never checked; {@code failedRules}: the rules of Art. 2–3 it
 * fails as judged today, which proposing it asks the bureau to acknowledge (issue 25, part 4).
 */
public record DecisionCandidate(Dossier dossier, String unitName, ScoreSummary summary, boolean eligibleAtSubmission,
                                boolean failAcknowledged, @Nullable CheckResult credit, java.util.List<String> failedRules) {

    public DecisionCandidate {
        failedRules = java.util.List.copyOf(failedRules);
    }
}
