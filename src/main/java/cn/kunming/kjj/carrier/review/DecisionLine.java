package cn.kunming.kjj.carrier.review;

/** The decision on one dossier as the bureau records it; a rejection carries its reason. */
public record DecisionLine(long dossierId, DecisionOutcome outcome, String reason) {

    public DecisionLine {
        reason = reason == null ? "" : reason.strip();
    }
}
