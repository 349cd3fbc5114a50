package cn.kunming.kjj.carrier.audit;

import java.time.LocalDate;

/** Which page of the (filtered) audit log to show; the log reads newest first. */
public sealed interface AuditPosition {

    /** The newest events. */
    record Newest() implements AuditPosition {
    }

    /** The first events ever written. */
    record Oldest() implements AuditPosition {
    }

    /** The page after one shown: the events older than its last row. */
    record OlderThan(AuditCursor cursor) implements AuditPosition {
    }

    /** The page before one shown: the events newer than its first row. */
    record NewerThan(AuditCursor cursor) implements AuditPosition {
    }

    /** The page that starts with the last event of that day, or of the nearest day before it that has one. */
    record OnOrBefore(LocalDate day) implements AuditPosition {
    }

    /** The page that starts with the event of this number (or where it would stand under the filters). */
    record AtEvent(long number) implements AuditPosition {
    }

    static AuditPosition newest() {
        return new Newest();
    }
}
