package cn.kunming.kjj.carrier.call.repository;

import cn.kunming.kjj.carrier.common.UnitId;
import cn.kunming.kjj.carrier.common.CallId;
import cn.kunming.kjj.carrier.call.Call;
import cn.kunming.kjj.carrier.call.CallDraft;
import cn.kunming.kjj.carrier.call.CallStatus;
import cn.kunming.kjj.carrier.call.RequiredAttachment;
import cn.kunming.kjj.carrier.common.CarrierKind;
import cn.kunming.kjj.carrier.jooq.tables.records.AppCallRecord;
import org.jooq.DSLContext;
import org.springframework.stereotype.Repository;

import java.time.LocalDateTime;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

import static cn.kunming.kjj.carrier.jooq.Tables.APP_CALL;
import static cn.kunming.kjj.carrier.jooq.Tables.CALL_EXTENSION;
import static cn.kunming.kjj.carrier.jooq.Tables.CALL_REQUIRED_ATTACHMENT;

@Repository
class JooqCallRepository implements CallRepository {

    private final DSLContext dsl;

    JooqCallRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    @Override
    public List<Call> findAll() {
        return dsl.selectFrom(APP_CALL).orderBy(APP_CALL.OPENS_AT.desc(), APP_CALL.ID.desc()).fetch(this::toCall);
    }

    @Override
    public List<Call> findPublished() {
        return dsl.selectFrom(APP_CALL).where(APP_CALL.STATUS.eq(CallStatus.PUBLISHED))
                .orderBy(APP_CALL.CLOSES_AT.desc(), APP_CALL.ID.desc()).fetch(this::toCall);
    }

    @Override
    public Optional<Call> findById(CallId id) {
        return dsl.selectFrom(APP_CALL).where(APP_CALL.ID.eq(id)).fetchOptional(this::toCall);
    }

    @Override
    public CallId insert(CallDraft d, LocalDateTime createdAt, String createdBy) {
        CallId id = dsl.insertInto(APP_CALL)
                .set(APP_CALL.CALL_YEAR, d.year())
                .set(APP_CALL.TITLE, d.title())
                .set(APP_CALL.KINDS, kinds(d))
                .set(APP_CALL.OPENS_AT, d.opensAt())
                .set(APP_CALL.CLOSES_AT, d.closesAt())
                .set(APP_CALL.BODY, d.body())
                .set(APP_CALL.STATUS, CallStatus.DRAFT)
                .set(APP_CALL.CREATED_AT, createdAt)
                .set(APP_CALL.CREATED_BY, createdBy)
                .set(APP_CALL.VERSION, 0)
                .returning(APP_CALL.ID).fetchSingle().getId();
        insertAttachments(id, d);
        return id;
    }

    @Override
    public boolean update(CallId id, int version, CallDraft d) {
        boolean updated = dsl.update(APP_CALL)
                .set(APP_CALL.CALL_YEAR, d.year())
                .set(APP_CALL.TITLE, d.title())
                .set(APP_CALL.KINDS, kinds(d))
                .set(APP_CALL.OPENS_AT, d.opensAt())
                .set(APP_CALL.CLOSES_AT, d.closesAt())
                .set(APP_CALL.BODY, d.body())
                .set(APP_CALL.VERSION, APP_CALL.VERSION.plus(1))
                .where(APP_CALL.ID.eq(id)).and(APP_CALL.VERSION.eq(version))
                .and(APP_CALL.STATUS.eq(CallStatus.DRAFT))
                .execute() == 1;
        if (updated) {
            dsl.deleteFrom(CALL_REQUIRED_ATTACHMENT).where(CALL_REQUIRED_ATTACHMENT.CALL_ID.eq(id)).execute();
            insertAttachments(id, d);
        }
        return updated;
    }

    @Override
    public boolean publish(CallId id, int version, LocalDateTime publishedAt) {
        return dsl.update(APP_CALL)
                .set(APP_CALL.STATUS, CallStatus.PUBLISHED)
                .set(APP_CALL.PUBLISHED_AT, publishedAt)
                .set(APP_CALL.VERSION, APP_CALL.VERSION.plus(1))
                .where(APP_CALL.ID.eq(id)).and(APP_CALL.VERSION.eq(version))
                .and(APP_CALL.STATUS.eq(CallStatus.DRAFT))
                .execute() == 1;
    }

    @Override
    public Optional<LocalDateTime> extensionFor(CallId callId, UnitId unitId) {
        return dsl.select(CALL_EXTENSION.UNTIL_AT).from(CALL_EXTENSION)
                .where(CALL_EXTENSION.CALL_ID.eq(callId)).and(CALL_EXTENSION.UNIT_ID.eq(unitId))
                .fetchOptional(CALL_EXTENSION.UNTIL_AT);
    }

    @Override
    public void saveExtension(CallId callId, UnitId unitId, LocalDateTime until, String reason, String grantedBy,
                              LocalDateTime grantedAt) {
        dsl.deleteFrom(CALL_EXTENSION).where(CALL_EXTENSION.CALL_ID.eq(callId))
                .and(CALL_EXTENSION.UNIT_ID.eq(unitId)).execute();
        dsl.insertInto(CALL_EXTENSION)
                .set(CALL_EXTENSION.CALL_ID, callId)
                .set(CALL_EXTENSION.UNIT_ID, unitId)
                .set(CALL_EXTENSION.UNTIL_AT, until)
                .set(CALL_EXTENSION.REASON, reason)
                .set(CALL_EXTENSION.GRANTED_BY, grantedBy)
                .set(CALL_EXTENSION.GRANTED_AT, grantedAt)
                .execute();
    }

    private void insertAttachments(CallId callId, CallDraft d) {
        int order = 0;
        for (RequiredAttachment a : d.requiredAttachments()) {
            dsl.insertInto(CALL_REQUIRED_ATTACHMENT)
                    .set(CALL_REQUIRED_ATTACHMENT.CALL_ID, callId)
                    .set(CALL_REQUIRED_ATTACHMENT.KIND, a.kind())
                    .set(CALL_REQUIRED_ATTACHMENT.CODE, a.code())
                    .set(CALL_REQUIRED_ATTACHMENT.NAME, a.name())
                    .set(CALL_REQUIRED_ATTACHMENT.SORT_ORDER, order++)
                    .execute();
        }
    }

    private static String kinds(CallDraft d) {
        return d.kinds().stream().map(Enum::name).sorted().collect(Collectors.joining(","));
    }

    private Call toCall(AppCallRecord r) {
        List<RequiredAttachment> attachments = dsl.selectFrom(CALL_REQUIRED_ATTACHMENT)
                .where(CALL_REQUIRED_ATTACHMENT.CALL_ID.eq(r.getId()))
                .orderBy(CALL_REQUIRED_ATTACHMENT.KIND, CALL_REQUIRED_ATTACHMENT.SORT_ORDER)
                .fetch(a -> new RequiredAttachment(a.getKind(), a.getCode(), a.getName()));
        return new Call(r.getId(), r.getCallYear(), r.getTitle(),
                Arrays.stream(r.getKinds().split(",")).map(CarrierKind::valueOf).collect(Collectors.toSet()),
                r.getOpensAt(), r.getClosesAt(), r.getBody(), r.getStatus(), attachments,
                r.getPublishedAt(), r.getVersion());
    }
}
