package cn.kunming.kjj.carrier.common;

import java.util.List;

/**
 * The result of an action on many records at once: one line per record, in the order they were selected. Each record
 * went through its own single-item action (with every rule and check), so one refusal stops no other.
 */
public record BulkOutcome(List<BulkItem> items) {

    /** More at once is a mistake of selection rather than a day's work, and would hold a request too long. */
    public static final int MOST = 200;

    public BulkOutcome {
        items = List.copyOf(items);
    }

    public long done() {
        return items.stream().filter(BulkItem::done).count();
    }

    public long refused() {
        return items.size() - done();
    }

    /** Refuses an empty selection or one over {@link #MOST}, before anything is done. */
    public static <T> List<T> checked(List<T> selected) {
        List<T> distinct = selected.stream().distinct().toList();
        if (distinct.isEmpty()) {
            throw new PortalException("bulk.nothingSelected");
        }
        if (distinct.size() > MOST) {
            throw new PortalException("bulk.tooMany", distinct.size(), MOST);
        }
        return distinct;
    }
}
