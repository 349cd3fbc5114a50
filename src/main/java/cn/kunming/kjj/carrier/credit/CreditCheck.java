package cn.kunming.kjj.carrier.credit;

import cn.kunming.kjj.carrier.common.UnitId;
import cn.kunming.kjj.carrier.common.CarrierId;
import cn.kunming.kjj.carrier.common.DossierId;
import org.jspecify.annotations.Nullable;
import java.time.LocalDateTime;
import java.util.List;

/** A kept check of one unit: occasion, source, window, result, the entries that matched, evidence, operator. */
public record CreditCheck(long id, UnitId unitId, String creditCode, CheckOccasion occasion, CheckSource source,
                          CheckWindow window, CheckResult result, List<ListingEntry> matched, @Nullable String detail,
                          @Nullable String evidenceName, @Nullable String evidenceSha256, @Nullable DossierId dossierId,
                          @Nullable CarrierId carrierId, String checkedBy,
                          LocalDateTime checkedAt) {

    public CreditCheck {
        matched = matched == null ? List.of() : List.copyOf(matched);
    }
}
