package cn.kunming.kjj.carrier.audit;

import java.util.List;

/**
 * One page of the audit log, newest first, with whether there are newer and older events beyond it, and how the
 * position asked for was met.
 */
public record AuditPage(List<AuditEvent> events, boolean hasNewer, boolean hasOlder, Outcome outcome) {

    public enum Outcome {
        /** The page asked for. */
        SHOWN,
        /** No event on or before the day asked for: the page holds the first events instead. */
        BEFORE_THE_LOG,
        /** No event has the number asked for: the page is empty and the one shown before stays. */
        NO_SUCH_EVENT
    }

    public AuditPage {
        events = List.copyOf(events);
    }

    static AuditPage noSuchEvent() {
        return new AuditPage(List.of(), false, false, Outcome.NO_SUCH_EVENT);
    }

    AuditPage landed(Outcome how) {
        return new AuditPage(events, hasNewer, hasOlder, how);
    }
}
