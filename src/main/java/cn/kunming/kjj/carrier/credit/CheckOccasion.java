package cn.kunming.kjj.carrier.credit;

/**
 * When a check was made: automatically at the steps of P4.2–P4.4 and on the day a public notice closes (P4.5), daily for
 * carriers, or by an officer.
 */
public enum CheckOccasion {
    SUBMISSION, RECOMMENDATION, ASSIGNMENT, DECISION, NOTICE_CLOSE, DAILY, MANUAL;

    public String messageKey() {
        return "checkOccasion." + name();
    }
}
