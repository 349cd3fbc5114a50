package cn.kunming.kjj.carrier.review;

import cn.kunming.kjj.carrier.common.DossierId;

/** The decision on one dossier as the bureau records it; a rejection carries its reason. */
public record DecisionLine(DossierId dossierId, DecisionOutcome outcome, String reason) {

    public DecisionLine {
        reason = reason == null ? "" : reason.strip();
    }
}
