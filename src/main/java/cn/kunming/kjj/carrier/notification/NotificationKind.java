package cn.kunming.kjj.carrier.notification;

/** What a notification is about; reminders carry the deadline, events what happened. Urgent kinds also go by SMS. */
public enum NotificationKind {
    CALL_CLOSING(true), REVISION_DUE(true), REPORT_DUE(false), REPORT_OVERDUE(true), NOTICE_ENDING(false),
    REVIEW_DUE(false), CREDIT_ALERT_OPEN(false),
    DOSSIER_RETURNED(true), DOSSIER_RECOMMENDED(false), DOSSIER_NOT_RECOMMENDED(false), DOSSIER_DECIDED(false),
    DOSSIER_APPROVED(false), CARRIER_DISQUALIFIED(true), CARRIER_CANCELLED(true), CARRIER_TERMINATED(true),
    ACCOUNT_ACTIVATED(false), REGISTRATION_REJECTED(false), ACCOUNT_LOCKED(false), AUDIT_CHAIN_BROKEN(true),
    DOSSIER_SUBMITTED(false), REPORT_SUBMITTED(false), REPORT_RETURNED(true), CHANGE_FILED(false),
    NOTICE_CORRECTED(false), NOTICE_WITHDRAWN(true);

    private final boolean urgent;

    NotificationKind(boolean urgent) {
        this.urgent = urgent;
    }

    public boolean urgent() {
        return urgent;
    }

    public String messageKey() {
        return "notify." + name();
    }

    public String labelKey() {
        return "notifyKind." + name();
    }
}
