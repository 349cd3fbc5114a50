package cn.kunming.kjj.carrier.credit;

import org.jspecify.annotations.Nullable;
import java.time.LocalDate;

/** One entry of a serious-dishonesty list (严重失信名单): who, which list, by whom, from when until when. */
public record ListingEntry(String creditCode, String name, String listType, String authority, LocalDate listedOn,
                           @Nullable LocalDate removedOn) {

    /**
     * Whether the listing period touches the window (both ends included): listed on or before its end, and not
     * removed before its start.
     */
    public boolean overlaps(LocalDate from, LocalDate to) {
        return !listedOn.isAfter(to) && (removedOn == null || !removedOn.isBefore(from));
    }
}
