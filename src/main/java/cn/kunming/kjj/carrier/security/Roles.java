package cn.kunming.kjj.carrier.security;

/** Role names as constants for the views' {@code @RolesAllowed}; services use {@code @PreAuthorize}. Equal to {@link Role#name()}. */
public final class Roles {
    public static final String APPLICANT = "APPLICANT";
    public static final String DISTRICT_OFFICER = "DISTRICT_OFFICER";
    public static final String BUREAU_OFFICER = "BUREAU_OFFICER";
    public static final String EXPERT = "EXPERT";
    public static final String INDUSTRY_AUTHORITY = "INDUSTRY_AUTHORITY";
    public static final String ADMIN = "ADMIN";
    public static final String SECURITY_ADMIN = "SECURITY_ADMIN";
    public static final String AUDITOR = "AUDITOR";

    private Roles() {
    }
}
