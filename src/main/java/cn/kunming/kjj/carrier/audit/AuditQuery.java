package cn.kunming.kjj.carrier.audit;

import org.jspecify.annotations.Nullable;

import java.time.LocalDate;
import java.util.stream.Stream;

/** Filters of the audit log view; a blank field does not filter. {@code from} and {@code to} are whole days. */
public record AuditQuery(@Nullable String actor, @Nullable String action, @Nullable String entityType,
                         @Nullable String entityId, @Nullable LocalDate from, @Nullable LocalDate to) {

    public AuditQuery(@Nullable String actor, @Nullable String action, @Nullable String entityType,
                      @Nullable String entityId) {
        this(actor, action, entityType, entityId, null, null);
    }

    public static AuditQuery everything() {
        return new AuditQuery(null, null, null, null);
    }

    /** True when no filter is filled in (blank fields filter nothing). */
    public boolean isEverything() {
        return Stream.of(actor, action, entityType, entityId).allMatch(v -> v == null || v.isBlank())
                && from == null && to == null;
    }
}
