package cn.kunming.kjj.carrier.security;

/** The portal's roles (DESIGN.md). The three administrator roles are separated duties (三员分立). */
public enum Role {
    APPLICANT,
    DISTRICT_OFFICER,
    BUREAU_OFFICER,
    EXPERT,
    /** 行业主管部门 (e.g. 市工业和信息化局): bound to its authority tenant; reads the fields the bureau links it to. */
    INDUSTRY_AUTHORITY,
    ADMIN,
    SECURITY_ADMIN,
    AUDITOR;

    /** The Spring Security authority, e.g. {@code ROLE_APPLICANT}. */
    public String authority() {
        return "ROLE_" + name();
    }

    public String messageKey() {
        return "role." + name();
    }

    /** Whether an account of this role is bound to a tenant, to a unit (and its tenant), or to neither. */
    public boolean needsTenant() {
        return this == DISTRICT_OFFICER || this == BUREAU_OFFICER || this == INDUSTRY_AUTHORITY;
    }

    public boolean needsUnit() {
        return this == APPLICANT;
    }
}
