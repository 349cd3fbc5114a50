package cn.kunming.kjj.carrier.review;

/** A district officer's finding on one checklist item (P4.3): present and credible, or a problem. */
public enum Verdict {
    PRESENT, PROBLEM;

    public String messageKey() {
        return "verdict." + name();
    }
}
