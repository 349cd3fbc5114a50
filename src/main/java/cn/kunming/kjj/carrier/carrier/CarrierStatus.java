package cn.kunming.kjj.carrier.carrier;

/** DESIGN.md: CULTIVATING → PROVINCIALLY_FILED, and to DISQUALIFIED (M5.3), CANCELLED (G6.2) or TERMINATED (G6.3). */
public enum CarrierStatus {
    CULTIVATING, PROVINCIALLY_FILED, DISQUALIFIED, CANCELLED, TERMINATED;

    /** On the municipal cultivation list. */
    public boolean active() {
        return this == CULTIVATING || this == PROVINCIALLY_FILED;
    }

    /**
     * The state machine: provincial filing (M5.2) and its revocation (M5.3(2)) move between the two statuses on the
     * list; from either, disqualification (M5.3), cancellation (G6.2) or termination (G6.3) ends it for good.
     */
    public boolean canMoveTo(CarrierStatus next) {
        return switch (this) {
            case CULTIVATING -> next != CULTIVATING;
            case PROVINCIALLY_FILED -> next != PROVINCIALLY_FILED;
            case DISQUALIFIED, CANCELLED, TERMINATED -> false;
        };
    }

    public String messageKey() {
        return "carrierStatus." + name();
    }
}
