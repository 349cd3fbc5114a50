package cn.kunming.kjj.carrier.tenant;

/** Whether the unit's district officer has activated a registered unit (and its first account). */
public enum ActivationStatus {
    PENDING,
    ACTIVE,
    REJECTED;

    public String messageKey() {
        return "activationStatus." + name();
    }
}
