package cn.kunming.kjj.carrier.review;

import cn.kunming.kjj.carrier.common.CallId;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;

/** A bureau meeting (局集体研究决定, P4.4) and what it decided. */
public record Meeting(long id, CallId callId, LocalDate date, String minuteNumber, String recordedBy,
                      LocalDateTime recordedAt, List<DecisionLine> decisions) {

    public Meeting {
        decisions = List.copyOf(decisions);
    }
}
