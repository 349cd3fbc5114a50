package cn.kunming.kjj.carrier.audit;

/** Filters of the audit log view; a blank field does not filter. */
public record AuditQuery(String actor, String action, String entityType, String entityId) {

    public static AuditQuery everything() {
        return new AuditQuery(null, null, null, null);
    }
}
