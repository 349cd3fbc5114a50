package cn.kunming.kjj.carrier.publicity;

import cn.kunming.kjj.carrier.common.NoticeId;
import cn.kunming.kjj.carrier.common.CallId;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;

/** The public notice of a call's proposed list (P4.5), its period, contact for objections and filing. */
public record PublicNotice(NoticeId id, CallId callId, LocalDate startsOn, LocalDate endsOn, String contact,
                           NoticeStatus status, String documentNumber, LocalDate filedOn, String publishedBy,
                           LocalDateTime publishedAt, LocalDateTime closedAt, int version, List<NoticeEntry> entries) {

    public PublicNotice {
        entries = List.copyOf(entries);
    }

    /** The period is over the day after its end date. */
    public boolean periodOverOn(LocalDate today) {
        return today.isAfter(endsOn);
    }
}
