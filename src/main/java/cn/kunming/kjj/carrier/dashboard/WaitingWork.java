package cn.kunming.kjj.carrier.dashboard;

import cn.kunming.kjj.carrier.security.Role;

/**
 * A kind of work that waits for a role (issue 25, part 6), and the page where it is done: the menu entry of that page
 * carries the count as its badge, and the home's tile opens its list filtered to that work.
 */
public enum WaitingWork {
    DOSSIERS_TO_RECOMMEND(Role.DISTRICT_OFFICER, "district/review"),
    UNITS_TO_ACTIVATE(Role.DISTRICT_OFFICER, "district/unit-accounts"),
    CHANGES_FOR_OPINION(Role.DISTRICT_OFFICER, "changes"),
    REPORTS_TO_READ(Role.DISTRICT_OFFICER, "reports", "toEvaluate=1"),
    REPORTS_OVERDUE_IN_DISTRICT(Role.DISTRICT_OFFICER, "reports", "overdue=1"),
    CREDIT_ALERTS_IN_DISTRICT(Role.DISTRICT_OFFICER, "bureau/credit-alerts", "open=1"),
    DOSSIERS_TO_ASSIGN(Role.BUREAU_OFFICER, "bureau/review"),
    DOSSIERS_TO_DECIDE(Role.BUREAU_OFFICER, "bureau/decision"),
    DOSSIERS_TO_PUBLISH(Role.BUREAU_OFFICER, "bureau/notices"),
    CHANGES_TO_DECIDE(Role.BUREAU_OFFICER, "changes"),
    REPORTS_TO_EVALUATE(Role.BUREAU_OFFICER, "reports", "toEvaluate=1"),
    REPORTS_OVERDUE(Role.BUREAU_OFFICER, "reports", "overdue=1"),
    CREDIT_ALERTS_OPEN(Role.BUREAU_OFFICER, "bureau/credit-alerts", "open=1"),
    REVIEWS_DUE(Role.EXPERT, "expert/reviews"),
    DOSSIERS_RETURNED(Role.APPLICANT, "my-dossiers"),
    REPORTS_RETURNED(Role.APPLICANT, "reports");

    private final Role role;
    private final String path;
    private final String filter;

    WaitingWork(Role role, String path) {
        this(role, path, "");
    }

    WaitingWork(Role role, String path, String filter) {
        this.role = role;
        this.path = path;
        this.filter = filter;
    }

    public Role role() {
        return role;
    }

    /** The route of the page where the work is done. */
    public String path() {
        return path;
    }

    /** The page's list filtered to exactly this work, as the home's tile opens it. */
    public String href() {
        return filter.isEmpty() ? path : path + "?" + filter;
    }

    public String messageKey() {
        return "waiting." + name();
    }
}
