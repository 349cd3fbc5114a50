package cn.kunming.kjj.carrier.credit;

/** When a check was made: automatically at the steps of P4.2–P4.4 and daily for carriers, or by an officer. */
public enum CheckOccasion {
    SUBMISSION, RECOMMENDATION, DECISION, DAILY, MANUAL;

    public String messageKey() {
        return "checkOccasion." + name();
    }
}
