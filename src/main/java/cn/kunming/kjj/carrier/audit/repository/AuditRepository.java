package cn.kunming.kjj.carrier.audit.repository;

import cn.kunming.kjj.carrier.audit.AuditEvent;
import cn.kunming.kjj.carrier.audit.AuditQuery;

import java.util.List;

/** Append-only store of audit events: there is deliberately no update or delete. */
public interface AuditRepository {

    long append(AuditEvent event);

    List<AuditEvent> find(AuditQuery query, int offset, int limit);

    int count(AuditQuery query);
}
