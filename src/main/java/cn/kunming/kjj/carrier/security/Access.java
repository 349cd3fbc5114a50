package cn.kunming.kjj.carrier.security;

/**
 * Who may call a service method: every {@code @PreAuthorize} names one of these, so that a rule is spelled once and
 * the same group of roles is never written two ways. Built from {@link Roles}, which equal {@link Role#name()}.
 */
public final class Access {

    public static final String ANYONE = "permitAll()";
    public static final String SIGNED_IN = "isAuthenticated()";

    public static final String APPLICANT = "hasRole('" + Roles.APPLICANT + "')";
    public static final String DISTRICT = "hasRole('" + Roles.DISTRICT_OFFICER + "')";
    public static final String BUREAU = "hasRole('" + Roles.BUREAU_OFFICER + "')";
    public static final String EXPERT = "hasRole('" + Roles.EXPERT + "')";
    /** An industry authority (行业主管部门): the records of the fields the bureau links it to, and nothing else. */
    public static final String AUTHORITY = "hasRole('" + Roles.INDUSTRY_AUTHORITY + "')";
    public static final String ADMIN = "hasRole('" + Roles.ADMIN + "')";
    public static final String SECURITY_ADMIN = "hasRole('" + Roles.SECURITY_ADMIN + "')";
    public static final String AUDITOR = "hasRole('" + Roles.AUDITOR + "')";

    /** The district and the bureau: the officers who handle dossiers and carriers. */
    public static final String OFFICERS = "hasAnyRole('" + Roles.DISTRICT_OFFICER + "', '" + Roles.BUREAU_OFFICER + "')";

    /** An applicant (its own unit's records) and the officers (theirs in scope). */
    public static final String APPLICANT_OR_OFFICERS = "hasAnyRole('" + Roles.APPLICANT + "', '" + Roles.DISTRICT_OFFICER
            + "', '" + Roles.BUREAU_OFFICER + "')";

    public static final String APPLICANT_OR_BUREAU = "hasAnyRole('" + Roles.APPLICANT + "', '" + Roles.BUREAU_OFFICER + "')";

    public static final String BUREAU_OR_EXPERT = "hasAnyRole('" + Roles.BUREAU_OFFICER + "', '" + Roles.EXPERT + "')";

    private Access() {
    }
}
