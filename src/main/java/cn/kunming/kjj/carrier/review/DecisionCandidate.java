package cn.kunming.kjj.carrier.review;

import cn.kunming.kjj.carrier.dossier.Dossier;

/**
 * A reviewed dossier as the bureau weighs it for the proposed list (P4.4): the experts' summary, how the rules
 * judged the submitted version, and whether the applicant acknowledged a failed condition. Credit checks
 * (C2.5/C3.6) are shown as not yet checked until the credit records exist.
 */
public record DecisionCandidate(Dossier dossier, String unitName, ScoreSummary summary, boolean eligibleAtSubmission,
                                boolean failAcknowledged) {
}
