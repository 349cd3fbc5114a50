package cn.kunming.kjj.carrier.audit.repository;

import cn.kunming.kjj.carrier.audit.AuditEvent;
import cn.kunming.kjj.carrier.audit.AuditQuery;

import java.util.List;

/**
 * Append-only store of audit events: there is deliberately no update or delete. No scope is taken: the trail is
 * system data that only the auditor reads, across all tenants (三员分立); each event still names its tenant.
 */
public interface AuditRepository {

    long append(AuditEvent event);

    List<AuditEvent> find(AuditQuery query, int offset, int limit);

    int count(AuditQuery query);
}
