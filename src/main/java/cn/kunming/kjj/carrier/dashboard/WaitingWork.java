package cn.kunming.kjj.carrier.dashboard;

import cn.kunming.kjj.carrier.security.Role;

/**
 * A kind of work that waits for a role (issue 25, part 6), and the page where it is done: the menu entry of that page
 * carries the count as its badge, and the home's tile opens it.
 */
public enum WaitingWork {
    DOSSIERS_TO_RECOMMEND(Role.DISTRICT_OFFICER, "district/review"),
    UNITS_TO_ACTIVATE(Role.DISTRICT_OFFICER, "district/unit-accounts"),
    CHANGES_FOR_OPINION(Role.DISTRICT_OFFICER, "changes"),
    REPORTS_TO_READ(Role.DISTRICT_OFFICER, "reports"),
    DOSSIERS_TO_ASSIGN(Role.BUREAU_OFFICER, "bureau/review"),
    DOSSIERS_TO_DECIDE(Role.BUREAU_OFFICER, "bureau/decision"),
    DOSSIERS_TO_PUBLISH(Role.BUREAU_OFFICER, "bureau/notices"),
    CHANGES_TO_DECIDE(Role.BUREAU_OFFICER, "changes"),
    REPORTS_TO_EVALUATE(Role.BUREAU_OFFICER, "reports"),
    REVIEWS_DUE(Role.EXPERT, "expert/reviews"),
    DOSSIERS_RETURNED(Role.APPLICANT, "my-dossiers"),
    REPORTS_RETURNED(Role.APPLICANT, "reports");

    private final Role role;
    private final String path;

    WaitingWork(Role role, String path) {
        this.role = role;
        this.path = path;
    }

    public Role role() {
        return role;
    }

    /** The route of the page where the work is done. */
    public String path() {
        return path;
    }

    public String messageKey() {
        return "waiting." + name();
    }
}
