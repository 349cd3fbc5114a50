package cn.kunming.kjj.carrier.audit;

/** Filters of the audit log view; a blank field does not filter. */
public record AuditQuery(String actor, String action, String entityType, String entityId) {

    public static AuditQuery everything() {
        return new AuditQuery(null, null, null, null);
    }

    /** True when no filter is filled in (blank fields filter nothing). */
    public boolean isEverything() {
        return java.util.stream.Stream.of(actor, action, entityType, entityId).allMatch(v -> v == null || v.isBlank());
    }
}
