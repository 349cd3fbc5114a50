package cn.kunming.kjj.carrier.expertreview;

/**
 * An expert's assignment: ASSIGNED until it declares (no conflict → ACCEPTED, a conflict → RELEASED), then SUBMITTED
 * with its score sheet. The bureau may also release an assignment that is not yet submitted.
 */
public enum AssignmentStatus {
    ASSIGNED, ACCEPTED, SUBMITTED, RELEASED;

    /** Counts towards the experts a dossier needs. */
    public boolean active() {
        return this != RELEASED;
    }

    public String messageKey() {
        return "assignmentStatus." + name();
    }
}
