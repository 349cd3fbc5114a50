package cn.kunming.kjj.carrier.audit;

import org.jspecify.annotations.Nullable;

import java.time.LocalDateTime;

/** One stored audit event, as the auditor reads it. Times are Asia/Shanghai. */
public record AuditEvent(long id, LocalDateTime occurredAt, String actor, @Nullable String actorRole,
                         @Nullable String tenantId, String action, String entityType, String entityId,
                         @Nullable String ruleId, @Nullable String detail) {
}
