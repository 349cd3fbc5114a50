package cn.kunming.kjj.carrier.audit;

import org.jspecify.annotations.Nullable;

import cn.kunming.kjj.carrier.common.TenantId;

/**
 * What a state change records: the action, the entity it touched, the tenant that owns it and the rule
 * of the measures it applied (e.g. {@code P4.3}); who and when are added by {@link AuditLog}.
 */
public record AuditEntry(AuditAction action, AuditedEntity entityType, String entityId, @Nullable TenantId tenant,
                         @Nullable String ruleId, @Nullable String detail) {

    public static AuditEntry of(AuditAction action, AuditedEntity entityType, Object entityId) {
        return new AuditEntry(action, entityType, String.valueOf(entityId), null, null, null);
    }

    public AuditEntry tenant(@Nullable TenantId owner) {
        return new AuditEntry(action, entityType, entityId, owner, ruleId, detail);
    }

    public AuditEntry rule(String rule) {
        return new AuditEntry(action, entityType, entityId, tenant, rule, detail);
    }

    public AuditEntry detail(String text) {
        String bounded = text != null && text.length() > 2000 ? text.substring(0, 2000) : text;
        return new AuditEntry(action, entityType, entityId, tenant, ruleId, bounded);
    }
}
