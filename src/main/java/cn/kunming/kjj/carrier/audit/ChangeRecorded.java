package cn.kunming.kjj.carrier.audit;

import cn.kunming.kjj.carrier.common.TenantId;
import org.jspecify.annotations.Nullable;

/**
 * A state change was recorded in the audit trail: what kind, on which kind of record, and the tenant that owns it
 * (null for what no tenant owns: calls, notices, rule sets, the system). Published inside the change's transaction;
 * since every change is audited, a feature that keeps something derived (the dashboards' figures) learns of every
 * change here by listening after the commit.
 */
public record ChangeRecorded(AuditAction action, AuditedEntity entity, @Nullable TenantId tenant) {
}
