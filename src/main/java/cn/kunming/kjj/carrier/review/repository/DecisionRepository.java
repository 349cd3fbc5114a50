package cn.kunming.kjj.carrier.review.repository;

import cn.kunming.kjj.carrier.common.CallId;
import cn.kunming.kjj.carrier.dossier.Dossier;
import cn.kunming.kjj.carrier.review.DecisionLine;
import cn.kunming.kjj.carrier.review.Meeting;
import cn.kunming.kjj.carrier.security.TenantScope;
import org.jspecify.annotations.Nullable;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;

/** Meetings are the bureau's; decisions carry the dossier's tenant and unit and are read in scope. */
public interface DecisionRepository {

    long insertMeeting(CallId callId, LocalDate date, String minuteNumber, String by, LocalDateTime at);

    void insertDecision(long meetingId, Dossier dossier, DecisionLine line, @Nullable BigDecimal meanScore);

    /** The meetings of a call, each with the decisions in scope. */
    List<Meeting> meetings(TenantScope scope, CallId callId);
}
