package cn.kunming.kjj.carrier.audit;

import java.time.LocalDateTime;

/**
 * A place in the audit log, which is ordered by time and, within the same time, by event number: the key a page starts
 * or ends at. Reading on from it costs the same at any depth (keyset pagination, decision 0033).
 */
public record AuditCursor(LocalDateTime occurredAt, long id) {

    public static AuditCursor of(AuditEvent event) {
        return new AuditCursor(event.occurredAt(), event.id());
    }
}
