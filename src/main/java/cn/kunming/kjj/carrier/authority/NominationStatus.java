package cn.kunming.kjj.carrier.authority;

/** An expert nomination (P4.4) waits for the bureau (PENDING), which accepts it into the pool or declines it. */
public enum NominationStatus {
    PENDING, ACCEPTED, DECLINED;

    public String messageKey() {
        return "nominationStatus." + name();
    }
}
