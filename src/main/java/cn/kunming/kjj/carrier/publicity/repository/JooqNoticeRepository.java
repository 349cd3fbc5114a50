package cn.kunming.kjj.carrier.publicity.repository;

import cn.kunming.kjj.carrier.common.OnceOnly;
import cn.kunming.kjj.carrier.common.NoticeId;
import cn.kunming.kjj.carrier.common.CallId;
import cn.kunming.kjj.carrier.common.DossierId;
import org.jspecify.annotations.Nullable;
import cn.kunming.kjj.carrier.common.CarrierKind;
import cn.kunming.kjj.carrier.common.TenantId;
import cn.kunming.kjj.carrier.jooq.tables.records.ObjectionRecord;
import cn.kunming.kjj.carrier.jooq.tables.records.PublicNoticeRecord;
import cn.kunming.kjj.carrier.publicity.ConsultationAnswer;
import cn.kunming.kjj.carrier.publicity.NoticeCorrection;
import cn.kunming.kjj.carrier.publicity.NoticeEntry;
import cn.kunming.kjj.carrier.publicity.NoticeStatus;
import cn.kunming.kjj.carrier.publicity.Objection;
import cn.kunming.kjj.carrier.publicity.ObjectionStatus;
import cn.kunming.kjj.carrier.publicity.PublicNotice;
import cn.kunming.kjj.carrier.security.TenantScope;
import cn.kunming.kjj.carrier.security.JooqScopes;
import org.jooq.DSLContext;
import org.springframework.stereotype.Repository;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static cn.kunming.kjj.carrier.jooq.Tables.DOSSIER;
import static cn.kunming.kjj.carrier.jooq.Tables.NOTICE_CONSULTATION;
import static cn.kunming.kjj.carrier.jooq.Tables.NOTICE_CORRECTION;
import static cn.kunming.kjj.carrier.jooq.Tables.NOTICE_ENTRY;
import static cn.kunming.kjj.carrier.jooq.Tables.OBJECTION;
import static cn.kunming.kjj.carrier.jooq.Tables.PUBLIC_NOTICE;

@Repository
class JooqNoticeRepository implements NoticeRepository {

    private final DSLContext dsl;

    JooqNoticeRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    @Override
    public NoticeId insert(CallId callId, LocalDate startsOn, LocalDate endsOn, String contact, String by, LocalDateTime at,
                       List<NoticeEntry> entries) {
        NoticeId id = dsl.insertInto(PUBLIC_NOTICE)
                .set(PUBLIC_NOTICE.CALL_ID, callId)
                .set(PUBLIC_NOTICE.LIVE_CALL_ID, callId.value())
                .set(PUBLIC_NOTICE.STARTS_ON, startsOn)
                .set(PUBLIC_NOTICE.ENDS_ON, endsOn)
                .set(PUBLIC_NOTICE.CONTACT, contact)
                .set(PUBLIC_NOTICE.STATUS, NoticeStatus.OPEN)
                .set(PUBLIC_NOTICE.PUBLISHED_BY, by)
                .set(PUBLIC_NOTICE.PUBLISHED_AT, at)
                .set(PUBLIC_NOTICE.VERSION, 0)
                .returning(PUBLIC_NOTICE.ID).fetchSingle().getId();
        for (NoticeEntry e : entries) {
            dsl.insertInto(NOTICE_ENTRY)
                    .set(NOTICE_ENTRY.NOTICE_ID, id)
                    .set(NOTICE_ENTRY.DOSSIER_ID, e.dossierId())
                    .set(NOTICE_ENTRY.LIVE_DOSSIER_ID, e.dossierId().value())
                    .set(NOTICE_ENTRY.TENANT_ID, e.tenantId().value())
                    .set(NOTICE_ENTRY.UNIT_ID, e.unitId())
                    .set(NOTICE_ENTRY.UNIT_NAME, e.unitName())
                    .set(NOTICE_ENTRY.KIND, e.kind())
                    .set(NOTICE_ENTRY.NAME, e.name())
                    .execute();
        }
        return id;
    }

    @Override
    public Optional<PublicNotice> findById(NoticeId id) {
        return dsl.selectFrom(PUBLIC_NOTICE).where(PUBLIC_NOTICE.ID.eq(id)).fetchOptional(this::toNotice);
    }

    @Override
    public Optional<PublicNotice> findByCall(CallId callId) {
        return dsl.selectFrom(PUBLIC_NOTICE).where(PUBLIC_NOTICE.LIVE_CALL_ID.eq(callId.value()))
                .fetchOptional(this::toNotice);
    }

    @Override
    public List<PublicNotice> withdrawnOfCall(CallId callId) {
        return dsl.selectFrom(PUBLIC_NOTICE).where(PUBLIC_NOTICE.CALL_ID.eq(callId))
                .and(PUBLIC_NOTICE.STATUS.eq(NoticeStatus.WITHDRAWN)).orderBy(PUBLIC_NOTICE.ID.desc())
                .fetch(this::toNotice);
    }

    @Override
    public List<PublicNotice> findAll() {
        return dsl.selectFrom(PUBLIC_NOTICE).orderBy(PUBLIC_NOTICE.STARTS_ON.desc(), PUBLIC_NOTICE.ID.desc())
                .fetch(this::toNotice);
    }

    @Override
    public List<PublicNotice> openEndedBefore(LocalDate today) {
        return dsl.selectFrom(PUBLIC_NOTICE).where(PUBLIC_NOTICE.STATUS.eq(NoticeStatus.OPEN))
                .and(PUBLIC_NOTICE.ENDS_ON.lt(today)).orderBy(PUBLIC_NOTICE.ID).fetch(this::toNotice);
    }

    @Override
    public boolean setDocument(NoticeId id, int version, String documentNumber, LocalDate filedOn) {
        return dsl.update(PUBLIC_NOTICE)
                .set(PUBLIC_NOTICE.DOCUMENT_NUMBER, documentNumber)
                .set(PUBLIC_NOTICE.FILED_ON, filedOn)
                .set(PUBLIC_NOTICE.VERSION, PUBLIC_NOTICE.VERSION.plus(1))
                .where(PUBLIC_NOTICE.ID.eq(id)).and(PUBLIC_NOTICE.VERSION.eq(version))
                .and(PUBLIC_NOTICE.STATUS.eq(NoticeStatus.OPEN)).execute() == 1;
    }

    @Override
    public boolean withdraw(NoticeId id, int version, String by, LocalDateTime at, String reason) {
        boolean withdrawn = dsl.update(PUBLIC_NOTICE)
                .set(PUBLIC_NOTICE.STATUS, NoticeStatus.WITHDRAWN)
                .setNull(PUBLIC_NOTICE.LIVE_CALL_ID)
                .set(PUBLIC_NOTICE.WITHDRAWN_AT, at)
                .set(PUBLIC_NOTICE.WITHDRAWN_BY, by)
                .set(PUBLIC_NOTICE.WITHDRAWN_REASON, reason)
                .set(PUBLIC_NOTICE.VERSION, PUBLIC_NOTICE.VERSION.plus(1))
                .where(PUBLIC_NOTICE.ID.eq(id)).and(PUBLIC_NOTICE.VERSION.eq(version))
                .and(PUBLIC_NOTICE.STATUS.eq(NoticeStatus.OPEN)).execute() == 1;
        if (withdrawn) {
            dsl.update(NOTICE_ENTRY).setNull(NOTICE_ENTRY.LIVE_DOSSIER_ID).where(NOTICE_ENTRY.NOTICE_ID.eq(id)).execute();
        }
        return withdrawn;
    }

    @Override
    public boolean correct(NoticeId id, int version, NoticeCorrection c) {
        boolean corrected = dsl.update(PUBLIC_NOTICE)
                .set(PUBLIC_NOTICE.ENDS_ON, c.newEndsOn())
                .set(PUBLIC_NOTICE.CONTACT, c.newContact())
                .set(PUBLIC_NOTICE.VERSION, PUBLIC_NOTICE.VERSION.plus(1))
                .where(PUBLIC_NOTICE.ID.eq(id)).and(PUBLIC_NOTICE.VERSION.eq(version))
                .and(PUBLIC_NOTICE.STATUS.eq(NoticeStatus.OPEN)).execute() == 1;
        if (corrected) {
            dsl.insertInto(NOTICE_CORRECTION)
                    .set(NOTICE_CORRECTION.NOTICE_ID, id)
                    .set(NOTICE_CORRECTION.OLD_ENDS_ON, c.oldEndsOn())
                    .set(NOTICE_CORRECTION.NEW_ENDS_ON, c.newEndsOn())
                    .set(NOTICE_CORRECTION.OLD_CONTACT, c.oldContact())
                    .set(NOTICE_CORRECTION.NEW_CONTACT, c.newContact())
                    .set(NOTICE_CORRECTION.REASON, c.reason())
                    .set(NOTICE_CORRECTION.CORRECTED_BY, c.correctedBy())
                    .set(NOTICE_CORRECTION.CORRECTED_AT, c.correctedAt())
                    .execute();
        }
        return corrected;
    }

    @Override
    public boolean close(NoticeId id, LocalDateTime at) {
        return dsl.update(PUBLIC_NOTICE)
                .set(PUBLIC_NOTICE.STATUS, NoticeStatus.CLOSED)
                .set(PUBLIC_NOTICE.CLOSED_AT, at)
                .set(PUBLIC_NOTICE.VERSION, PUBLIC_NOTICE.VERSION.plus(1))
                .where(PUBLIC_NOTICE.ID.eq(id)).and(PUBLIC_NOTICE.STATUS.eq(NoticeStatus.OPEN)).execute() == 1;
    }

    @Override
    public long insertObjection(NoticeId noticeId, NoticeEntry entry, String objector, LocalDate receivedOn, String content,
                                @Nullable String evidenceName, @Nullable String evidenceSha256, String by,
                                LocalDateTime at) {
        return dsl.insertInto(OBJECTION)
                .set(OBJECTION.NOTICE_ID, noticeId)
                .set(OBJECTION.DOSSIER_ID, entry.dossierId())
                .set(OBJECTION.TENANT_ID, entry.tenantId().value())
                .set(OBJECTION.UNIT_ID, entry.unitId())
                .set(OBJECTION.OBJECTOR, objector)
                .set(OBJECTION.RECEIVED_ON, receivedOn)
                .set(OBJECTION.CONTENT, content)
                .set(OBJECTION.EVIDENCE_NAME, evidenceName)
                .set(OBJECTION.EVIDENCE_SHA256, evidenceSha256)
                .set(OBJECTION.STATUS, ObjectionStatus.OPEN)
                .set(OBJECTION.RECORDED_BY, by)
                .set(OBJECTION.RECORDED_AT, at)
                .set(OBJECTION.VERSION, 0)
                .returning(OBJECTION.ID).fetchSingle().getId();
    }

    @Override
    public List<Objection> objections(TenantScope scope, NoticeId noticeId) {
        return dsl.selectFrom(OBJECTION).where(OBJECTION.NOTICE_ID.eq(noticeId))
                .and(JooqScopes.inScope(scope, OBJECTION.TENANT_ID, OBJECTION.UNIT_ID))
                .orderBy(OBJECTION.ID).fetch(this::toObjection);
    }

    @Override
    public Optional<Objection> findObjection(TenantScope scope, long id) {
        return dsl.selectFrom(OBJECTION).where(OBJECTION.ID.eq(id))
                .and(JooqScopes.inScope(scope, OBJECTION.TENANT_ID, OBJECTION.UNIT_ID)).fetchOptional(this::toObjection);
    }

    @Override
    public boolean handle(long id, int version, ObjectionStatus outcome, String reason, String by, LocalDateTime at) {
        return dsl.update(OBJECTION)
                .set(OBJECTION.STATUS, outcome)
                .set(OBJECTION.HANDLED_REASON, reason)
                .set(OBJECTION.HANDLED_BY, by)
                .set(OBJECTION.HANDLED_AT, at)
                .set(OBJECTION.VERSION, OBJECTION.VERSION.plus(1))
                .where(OBJECTION.ID.eq(id)).and(OBJECTION.VERSION.eq(version))
                .and(OBJECTION.STATUS.eq(ObjectionStatus.OPEN)).execute() == 1;
    }

    @Override
    public boolean removeEntry(DossierId dossierId, LocalDate on, String reason) {
        return dsl.update(NOTICE_ENTRY).set(NOTICE_ENTRY.REMOVED_ON, on).set(NOTICE_ENTRY.REMOVED_REASON, reason)
                .where(NOTICE_ENTRY.LIVE_DOSSIER_ID.eq(dossierId.value())).and(NOTICE_ENTRY.REMOVED_ON.isNull())
                .execute() == 1;
    }

    @Override
    public Map<DossierId, String> standingEntryFields(NoticeId noticeId) {
        Map<DossierId, String> fields = new LinkedHashMap<>();
        dsl.select(NOTICE_ENTRY.DOSSIER_ID, DOSSIER.INDUSTRY_FIELD).from(NOTICE_ENTRY)
                .join(DOSSIER).on(DOSSIER.ID.eq(NOTICE_ENTRY.DOSSIER_ID))
                .where(NOTICE_ENTRY.NOTICE_ID.eq(noticeId)).and(NOTICE_ENTRY.REMOVED_ON.isNull())
                .and(NOTICE_ENTRY.LIVE_DOSSIER_ID.isNotNull()).and(DOSSIER.INDUSTRY_FIELD.isNotNull())
                .orderBy(NOTICE_ENTRY.DOSSIER_ID)
                .forEach(r -> fields.put(r.get(NOTICE_ENTRY.DOSSIER_ID), r.get(DOSSIER.INDUSTRY_FIELD)));
        return fields;
    }

    @Override
    public List<NoticeId> withStandingEntriesIn(Collection<String> fields) {
        if (fields.isEmpty()) {
            return List.of();
        }
        return dsl.selectDistinct(NOTICE_ENTRY.NOTICE_ID).from(NOTICE_ENTRY)
                .join(DOSSIER).on(DOSSIER.ID.eq(NOTICE_ENTRY.DOSSIER_ID))
                .where(NOTICE_ENTRY.REMOVED_ON.isNull()).and(NOTICE_ENTRY.LIVE_DOSSIER_ID.isNotNull())
                .and(DOSSIER.INDUSTRY_FIELD.in(fields))
                .orderBy(NOTICE_ENTRY.NOTICE_ID.desc())
                .fetch(NOTICE_ENTRY.NOTICE_ID);
    }

    @Override
    public List<ConsultationAnswer> answers(NoticeId noticeId) {
        return dsl.selectFrom(NOTICE_CONSULTATION).where(NOTICE_CONSULTATION.NOTICE_ID.eq(noticeId))
                .orderBy(NOTICE_CONSULTATION.ANSWERED_AT, NOTICE_CONSULTATION.AUTHORITY_ID)
                .fetch(r -> new ConsultationAnswer(r.getNoticeId(), new TenantId(r.getAuthorityId()), r.getOpinion(),
                        r.getOpinionText(), r.getAnsweredBy(), r.getAnsweredAt()));
    }

    @Override
    public boolean insertAnswer(ConsultationAnswer a) {
        return OnceOnly.inserted(() -> dsl.insertInto(NOTICE_CONSULTATION)
                .set(NOTICE_CONSULTATION.NOTICE_ID, a.noticeId())
                .set(NOTICE_CONSULTATION.AUTHORITY_ID, a.authorityId().value())
                .set(NOTICE_CONSULTATION.OPINION, a.opinion())
                .set(NOTICE_CONSULTATION.OPINION_TEXT, a.text())
                .set(NOTICE_CONSULTATION.ANSWERED_BY, a.answeredBy())
                .set(NOTICE_CONSULTATION.ANSWERED_AT, a.answeredAt())
                .onDuplicateKeyIgnore()
                .execute());
    }

    private PublicNotice toNotice(PublicNoticeRecord r) {
        List<NoticeEntry> entries = dsl.selectFrom(NOTICE_ENTRY).where(NOTICE_ENTRY.NOTICE_ID.eq(r.getId()))
                .orderBy(NOTICE_ENTRY.KIND, NOTICE_ENTRY.DOSSIER_ID)
                .fetch(e -> new NoticeEntry(e.getDossierId(), new TenantId(e.getTenantId()), e.getUnitId(),
                        e.getUnitName(), e.getKind(), e.getName(), e.getRemovedOn(), e.getRemovedReason()));
        List<NoticeCorrection> corrections = dsl.selectFrom(NOTICE_CORRECTION)
                .where(NOTICE_CORRECTION.NOTICE_ID.eq(r.getId())).orderBy(NOTICE_CORRECTION.ID)
                .fetch(c -> new NoticeCorrection(c.getNoticeId(), c.getOldEndsOn(), c.getNewEndsOn(), c.getOldContact(),
                        c.getNewContact(), c.getReason(), c.getCorrectedBy(), c.getCorrectedAt()));
        PublicNotice.Withdrawal withdrawal = r.getWithdrawnAt() == null ? null
                : new PublicNotice.Withdrawal(r.getWithdrawnAt(), r.getWithdrawnBy(), r.getWithdrawnReason());
        return new PublicNotice(r.getId(), r.getCallId(), r.getStartsOn(), r.getEndsOn(), r.getContact(),
                r.getStatus(), r.getDocumentNumber(), r.getFiledOn(), r.getPublishedBy(),
                r.getPublishedAt(), r.getClosedAt(), r.getVersion(), entries, corrections, withdrawal);
    }

    private Objection toObjection(ObjectionRecord r) {
        return new Objection(r.getId(), r.getNoticeId(), r.getDossierId(), r.getObjector(), r.getReceivedOn(),
                r.getContent(), r.getEvidenceName(), r.getEvidenceSha256(), r.getStatus(),
                r.getHandledReason(), r.getRecordedBy(), r.getRecordedAt(), r.getHandledBy(), r.getHandledAt(),
                r.getVersion());
    }
}
