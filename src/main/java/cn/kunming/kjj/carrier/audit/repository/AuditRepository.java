package cn.kunming.kjj.carrier.audit.repository;

import cn.kunming.kjj.carrier.audit.AuditCursor;
import cn.kunming.kjj.carrier.audit.AuditEvent;
import cn.kunming.kjj.carrier.audit.AuditQuery;
import cn.kunming.kjj.carrier.audit.ChainHead;
import cn.kunming.kjj.carrier.audit.ChainLink;
import cn.kunming.kjj.carrier.audit.ChainReport;

import org.jspecify.annotations.Nullable;

import java.util.List;
import java.util.Optional;

/**
 * Append-only store of audit events: there is deliberately no update or delete (joining a new event to the hash
 * chain at commit is {@link AuditChainWriter}'s one job). No scope is taken: the trail is
 * system data that only the auditor reads, across all tenants (三员分立); each event still names its tenant.
 */
public interface AuditRepository {

    long append(AuditEvent event);

    /**
     * Matching events older than {@code from} (or at it, when {@code inclusive}), newest first; from the newest when
     * {@code from} is null. A seek on the (occurred_at, id) index however deep: no OFFSET.
     */
    List<AuditEvent> older(AuditQuery query, @Nullable AuditCursor from, boolean inclusive, int limit);

    /** Matching events newer than {@code from}, oldest first; from the oldest when {@code from} is null. */
    List<AuditEvent> newer(AuditQuery query, @Nullable AuditCursor from, int limit);

    /** Where the event of this number stands in the log, if there is one. */
    Optional<AuditCursor> cursorOf(long eventId);

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
