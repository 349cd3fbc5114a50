package cn.kunming.kjj.carrier.carrier;

/** DESIGN.md: CULTIVATING → PROVINCIALLY_FILED, and to DISQUALIFIED (M5.3), CANCELLED (G6.2) or TERMINATED (G6.3). */
public enum CarrierStatus {
    CULTIVATING, PROVINCIALLY_FILED, DISQUALIFIED, CANCELLED, TERMINATED;

    /** On the municipal cultivation list. */
    public boolean active() {
        return this == CULTIVATING || this == PROVINCIALLY_FILED;
    }

    public String messageKey() {
        return "carrierStatus." + name();
    }
}
