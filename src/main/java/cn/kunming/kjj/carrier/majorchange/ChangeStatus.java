package cn.kunming.kjj.carrier.majorchange;

/** FILED by the unit, given the district's opinion, DECIDED by the bureau (G6.2). */
public enum ChangeStatus {
    FILED, DISTRICT_REVIEWED, DECIDED;

    public String messageKey() {
        return "changeStatus." + name();
    }
}
