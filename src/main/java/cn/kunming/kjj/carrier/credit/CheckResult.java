package cn.kunming.kjj.carrier.credit;

/** NOT_CHECKED is what a failed source yields: never taken for CLEAR. */
public enum CheckResult {
    CLEAR, LISTED, NOT_CHECKED;

    public String messageKey() {
        return "checkResult." + name();
    }
}
