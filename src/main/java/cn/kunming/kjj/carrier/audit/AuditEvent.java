package cn.kunming.kjj.carrier.audit;

import java.time.LocalDateTime;

/** One stored audit event, as the auditor reads it. Times are Asia/Shanghai. */
public record AuditEvent(long id, LocalDateTime occurredAt, String actor, String actorRole, String tenantId,
                         String action, String entityType, String entityId, String ruleId, String detail) {
}
