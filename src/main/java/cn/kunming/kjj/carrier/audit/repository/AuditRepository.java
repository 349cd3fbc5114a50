package cn.kunming.kjj.carrier.audit.repository;

import cn.kunming.kjj.carrier.audit.AuditEvent;
import cn.kunming.kjj.carrier.audit.AuditQuery;
import cn.kunming.kjj.carrier.audit.ChainHead;
import cn.kunming.kjj.carrier.audit.ChainLink;
import cn.kunming.kjj.carrier.audit.ChainReport;

import java.util.List;

/**
 * Append-only store of audit events: there is deliberately no update or delete (joining a new event to the hash
 * chain at commit is {@link AuditChainWriter}'s one job). No scope is taken: the trail is
 * system data that only the auditor reads, across all tenants (三员分立); each event still names its tenant.
 */
public interface AuditRepository {

    long append(AuditEvent event);

    List<AuditEvent> find(AuditQuery query, int offset, int limit);

    int count(AuditQuery query);

    /** Links in chain order after {@code afterSeq}, at most {@code limit}. */
    List<ChainLink> links(long afterSeq, int limit);

    /** The last link's number and hash, as the head row holds them. */
    ChainHead head();

    /** The lowest id of an event that has no link, if any. */
    java.util.Optional<Long> firstUnchained();

    void saveReport(ChainReport report);

    java.util.Optional<ChainReport> lastReport();
}
