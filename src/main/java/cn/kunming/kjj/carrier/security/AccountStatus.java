package cn.kunming.kjj.carrier.security;

public enum AccountStatus {
    /** Registered by an applicant, waiting for the district officer. */
    PENDING,
    ACTIVE,
    DISABLED,
    REJECTED;

    public String messageKey() {
        return "accountStatus." + name();
    }
}
