package cn.kunming.kjj.carrier.carrier;

/** 视情况收回 (M5.4): how much of a disbursed subsidy a disqualified carrier pays back. */
public enum RecoveryDecision {
    FULL, PART, NONE;

    public String messageKey() {
        return "recoveryDecision." + name();
    }
}
