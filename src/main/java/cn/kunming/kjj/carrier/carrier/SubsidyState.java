package cn.kunming.kjj.carrier.carrier;

/**
 * Where a carrier's one-time subsidy stands: OWED once the carrier is filed with the province and no approved
 * subsidy exists yet (M5.2); DISBURSED once approved; TO_RECOVER while a recovery after disqualification (M5.3) has
 * money outstanding.
 */
public enum SubsidyState {
    OWED, DISBURSED, TO_RECOVER;

    public String messageKey() {
        return "subsidyState." + name();
    }
}
