package cn.kunming.kjj.carrier.eligibility;

/** The result of one rule: met, not met, or a matter for an officer's or expert's judgement. */
public enum Outcome {
    PASS,
    FAIL,
    REVIEW;

    public String messageKey() {
        return "outcome." + name();
    }
}
