package cn.kunming.kjj.carrier.review;

import cn.kunming.kjj.carrier.common.DossierId;
import org.jspecify.annotations.Nullable;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;

/** One recorded action of a district officer on one submitted version (P4.3). */
public record DistrictReview(long id, DossierId dossierId, int versionNumber, DistrictAction action, String opinion,
                             List<ChecklistItem> items, @Nullable LocalDate revisionDue, String decidedBy,
                             LocalDateTime decidedAt) {

    public DistrictReview {
        items = List.copyOf(items);
    }

    /** The officer's note on an item marked as a problem, for showing beside that item. */
    public Optional<String> problemWith(String code) {
        return items.stream().filter(i -> i.code().equals(code) && i.verdict() == Verdict.PROBLEM)
                .map(ChecklistItem::note).findFirst();
    }
}
