package cn.kunming.kjj.carrier.publicity;

import cn.kunming.kjj.carrier.common.NoticeId;
import cn.kunming.kjj.carrier.common.CallId;
import org.jspecify.annotations.Nullable;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;

/**
 * The public notice of a call's proposed list (P4.5), its period, contact for objections and filing; its corrections
 * in the order made, and when withdrawn, when and why (decision 0036).
 */
public record PublicNotice(NoticeId id, CallId callId, LocalDate startsOn, LocalDate endsOn, String contact,
                           NoticeStatus status, @Nullable String documentNumber, @Nullable LocalDate filedOn,
                           String publishedBy, LocalDateTime publishedAt, @Nullable LocalDateTime closedAt, int version,
                           List<NoticeEntry> entries, List<NoticeCorrection> corrections,
                           @Nullable Withdrawal withdrawal) {

    /** When and why the bureau withdrew the notice, as the public reads it. */
    public record Withdrawal(LocalDateTime at, String by, String reason) {
    }

    public PublicNotice {
        entries = List.copyOf(entries);
        corrections = List.copyOf(corrections);
    }

    /** The period is over the day after its end date. */
    public boolean periodOverOn(LocalDate today) {
        return today.isAfter(endsOn);
    }
}
