package cn.kunming.kjj.carrier.audit;

/** What an audit event is about; the auditor filters by it. Stored by name. */
public enum AuditedEntity {
    ACCOUNT, ANNUAL_REPORT, AUDIT_EVENT, CALENDAR_YEAR, CALL, CARRIER, CREDIT_LIST_IMPORT, DOCUMENT_TEMPLATE,
    DOSSIER, EXPERT, EXPERT_NOMINATION, HOST_UNIT, IDENTITY, MAJOR_CHANGE, PUBLIC_NOTICE, REGISTRATION_IMPORT, RULE_SET,
    SCORE_CRITERIA, SYSTEM, TENANT;

    public String messageKey() {
        return "audit.entity." + name();
    }
}
