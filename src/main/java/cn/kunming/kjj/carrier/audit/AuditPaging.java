package cn.kunming.kjj.carrier.audit;

import cn.kunming.kjj.carrier.audit.repository.AuditRepository;
import org.jspecify.annotations.Nullable;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * Pages of the audit log found by seeking from a page's edge (keyset pagination): each page is one index seek of
 * {@code size + 1} rows, plus one row to learn whether there is more on the other side, however deep it lies.
 */
final class AuditPaging {

    private final AuditRepository repository;
    private final AuditQuery query;
    private final int size;

    AuditPaging(AuditRepository repository, AuditQuery query, int size) {
        this.repository = repository;
        this.query = query;
        this.size = size;
    }

    AuditPage at(AuditPosition position) {
        return switch (position) {
            case AuditPosition.Newest n -> older(null, false);
            case AuditPosition.Oldest o -> newer(null);
            case AuditPosition.OlderThan o -> older(o.cursor(), false);
            case AuditPosition.NewerThan n -> newer(n.cursor());
            case AuditPosition.OnOrBefore d -> onOrBefore(d);
            case AuditPosition.AtEvent e -> repository.cursorOf(e.number()).map(c -> older(c, true))
                    .orElseGet(AuditPage::noSuchEvent);
        };
    }

    private AuditPage onOrBefore(AuditPosition.OnOrBefore day) {
        // no event has a negative number: this cursor stands before every event of the next day
        AuditPage page = older(new AuditCursor(day.day().plusDays(1).atStartOfDay(), -1), false);
        if (!page.events().isEmpty()) {
            return page;
        }
        AuditPage first = newer(null);
        return first.events().isEmpty() ? page : first.landed(AuditPage.Outcome.BEFORE_THE_LOG);
    }

    /** The page below {@code from} (newest first); from the top when null. */
    private AuditPage older(@Nullable AuditCursor from, boolean inclusive) {
        List<AuditEvent> rows = repository.older(query, from, inclusive, size + 1);
        boolean hasOlder = rows.size() > size;
        List<AuditEvent> page = hasOlder ? rows.subList(0, size) : rows;
        AuditCursor top = page.isEmpty() ? from : AuditCursor.of(page.getFirst());
        // read from the top there is nothing newer; at an inclusive cursor the top row is that very event
        boolean hasNewer = from != null && top != null && !repository.newer(query, top, 1).isEmpty();
        return new AuditPage(page, hasNewer, hasOlder, AuditPage.Outcome.SHOWN);
    }

    /**
     * The page above {@code from}. Near the top fewer than a page's rows may be left: then the newest page is shown,
     * so that a page is always full and paging back ends where paging forward began.
     */
    private AuditPage newer(@Nullable AuditCursor from) {
        List<AuditEvent> rows = repository.newer(query, from, size + 1);
        boolean hasNewer = rows.size() > size;
        if (!hasNewer && rows.size() < size) {
            return older(null, false);
        }
        List<AuditEvent> page = new ArrayList<>(hasNewer ? rows.subList(0, size) : rows);
        Collections.reverse(page);
        boolean hasOlder = !repository.older(query, AuditCursor.of(page.getLast()), false, 1).isEmpty();
        return new AuditPage(page, hasNewer, hasOlder, AuditPage.Outcome.SHOWN);
    }
}
