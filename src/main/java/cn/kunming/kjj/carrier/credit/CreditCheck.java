package cn.kunming.kjj.carrier.credit;

import org.jspecify.annotations.Nullable;
import java.time.LocalDateTime;
import java.util.List;

/** A kept check of one unit: occasion, source, window, result, the entries that matched, evidence, operator. */
public record CreditCheck(long id, long unitId, String creditCode, CheckOccasion occasion, CheckSource source,
                          CheckWindow window, CheckResult result, List<ListingEntry> matched, @Nullable String detail,
                          @Nullable String evidenceName, @Nullable String evidenceSha256, @Nullable Long dossierId,
                          @Nullable Long carrierId, String checkedBy,
                          LocalDateTime checkedAt) {

    public CreditCheck {
        matched = matched == null ? List.of() : List.copyOf(matched);
    }
}
