package cn.kunming.kjj.carrier.credit;

import java.time.LocalDateTime;
import java.util.List;

/** A kept check of one unit: occasion, source, window, result, the entries that matched, evidence, operator. */
public record CreditCheck(long id, long unitId, String creditCode, CheckOccasion occasion, CheckSource source,
                          CheckWindow window, CheckResult result, List<ListingEntry> matched, String detail,
                          String evidenceName, String evidenceSha256, Long dossierId, Long carrierId, String checkedBy,
                          LocalDateTime checkedAt) {

    public CreditCheck {
        matched = matched == null ? List.of() : List.copyOf(matched);
    }
}
