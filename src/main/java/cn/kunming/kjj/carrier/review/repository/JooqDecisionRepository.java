package cn.kunming.kjj.carrier.review.repository;

import cn.kunming.kjj.carrier.common.CallId;
import cn.kunming.kjj.carrier.dossier.Dossier;
import cn.kunming.kjj.carrier.review.DecisionLine;
import cn.kunming.kjj.carrier.review.DecisionOutcome;
import cn.kunming.kjj.carrier.review.Meeting;
import cn.kunming.kjj.carrier.security.TenantScope;
import cn.kunming.kjj.carrier.security.JooqScopes;
import org.jooq.DSLContext;
import org.springframework.stereotype.Repository;
import org.jspecify.annotations.Nullable;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;

import static cn.kunming.kjj.carrier.jooq.Tables.BUREAU_DECISION;
import static cn.kunming.kjj.carrier.jooq.Tables.BUREAU_MEETING;

@Repository
class JooqDecisionRepository implements DecisionRepository {

    private final DSLContext dsl;

    JooqDecisionRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    @Override
    public long insertMeeting(CallId callId, LocalDate date, String minuteNumber, String by, LocalDateTime at) {
        return dsl.insertInto(BUREAU_MEETING)
                .set(BUREAU_MEETING.CALL_ID, callId)
                .set(BUREAU_MEETING.MEETING_DATE, date)
                .set(BUREAU_MEETING.MINUTE_NUMBER, minuteNumber)
                .set(BUREAU_MEETING.RECORDED_BY, by)
                .set(BUREAU_MEETING.RECORDED_AT, at)
                .returning(BUREAU_MEETING.ID).fetchSingle().getId();
    }

    @Override
    public void insertDecision(long meetingId, Dossier dossier, DecisionLine line, @Nullable BigDecimal meanScore) {
        dsl.insertInto(BUREAU_DECISION)
                .set(BUREAU_DECISION.DOSSIER_ID, dossier.id())
                .set(BUREAU_DECISION.MEETING_ID, meetingId)
                .set(BUREAU_DECISION.TENANT_ID, dossier.tenantId().value())
                .set(BUREAU_DECISION.UNIT_ID, dossier.unitId())
                .set(BUREAU_DECISION.DECISION, line.outcome())
                .set(BUREAU_DECISION.REASON, line.reason())
                .set(BUREAU_DECISION.MEAN_SCORE, meanScore)
                .execute();
    }

    @Override
    public List<Meeting> meetings(TenantScope scope, CallId callId) {
        return dsl.selectFrom(BUREAU_MEETING).where(BUREAU_MEETING.CALL_ID.eq(callId))
                .orderBy(BUREAU_MEETING.MEETING_DATE, BUREAU_MEETING.ID)
                .fetch(m -> new Meeting(m.getId(), m.getCallId(), m.getMeetingDate(), m.getMinuteNumber(),
                        m.getRecordedBy(), m.getRecordedAt(), dsl.selectFrom(BUREAU_DECISION)
                        .where(BUREAU_DECISION.MEETING_ID.eq(m.getId()))
                        .and(JooqScopes.inScope(scope, BUREAU_DECISION.TENANT_ID, BUREAU_DECISION.UNIT_ID))
                        .orderBy(BUREAU_DECISION.MEAN_SCORE.desc())
                        .fetch(d -> new DecisionLine(d.getDossierId(), d.getDecision(),
                                d.getReason()))));
    }
}
