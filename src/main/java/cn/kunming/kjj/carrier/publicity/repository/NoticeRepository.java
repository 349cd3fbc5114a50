package cn.kunming.kjj.carrier.publicity.repository;

import cn.kunming.kjj.carrier.common.NoticeId;
import cn.kunming.kjj.carrier.common.CallId;
import cn.kunming.kjj.carrier.common.DossierId;
import org.jspecify.annotations.Nullable;
import cn.kunming.kjj.carrier.publicity.ConsultationAnswer;
import cn.kunming.kjj.carrier.publicity.NoticeCorrection;
import cn.kunming.kjj.carrier.publicity.NoticeEntry;
import cn.kunming.kjj.carrier.publicity.Objection;
import cn.kunming.kjj.carrier.publicity.ObjectionStatus;
import cn.kunming.kjj.carrier.publicity.PublicNotice;
import cn.kunming.kjj.carrier.security.TenantScope;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A notice is published to everyone: the notice and its entries take no scope (they are the public text).
 * Objections carry the listed dossier's tenant and unit and are read in scope.
 */
public interface NoticeRepository {

    NoticeId insert(CallId callId, LocalDate startsOn, LocalDate endsOn, String contact, String by, LocalDateTime at,
                List<NoticeEntry> entries);

    Optional<PublicNotice> findById(NoticeId id);

    /** The call's live notice: open or closed, not withdrawn. */
    Optional<PublicNotice> findByCall(CallId callId);

    /** The call's withdrawn notices, newest first. */
    List<PublicNotice> withdrawnOfCall(CallId callId);

    List<PublicNotice> findAll();

    /** Open notices whose period ended before {@code today}. */
    List<PublicNotice> openEndedBefore(LocalDate today);

    boolean setDocument(NoticeId id, int version, String documentNumber, LocalDate filedOn);

    /**
     * OPEN → WITHDRAWN, at the version read; the notice and its entries stop being live, so the call and its dossiers
     * may be listed again. False when the notice changed meanwhile.
     */
    boolean withdraw(NoticeId id, int version, String by, LocalDateTime at, String reason);

    /** Sets the corrected end and contact of an OPEN notice at the version read, and keeps the correction. */
    boolean correct(NoticeId id, int version, NoticeCorrection correction);

    /** OPEN → CLOSED; false when another run closed it first. */
    boolean close(NoticeId id, LocalDateTime at);

    long insertObjection(NoticeId noticeId, NoticeEntry entry, String objector, LocalDate receivedOn, String content,
                         @Nullable String evidenceName, @Nullable String evidenceSha256, String by, LocalDateTime at);

    List<Objection> objections(TenantScope scope, NoticeId noticeId);

    Optional<Objection> findObjection(TenantScope scope, long id);

    boolean handle(long id, int version, ObjectionStatus outcome, String reason, String by, LocalDateTime at);

    /**
     * Marks a dossier's live entry as taken off its notice (once); false when it has no live entry or was taken off
     * before.
     */
    boolean removeEntry(DossierId dossierId, java.time.LocalDate on, String reason);

    /**
     * The industry field of each standing entry's dossier (neither taken off nor on a withdrawn notice) (P4.5: the fields decide whom the bureau consults); an entry
     * whose dossier names no field is left out.
     */
    Map<DossierId, String> standingEntryFields(NoticeId noticeId);

    /** The notices with a standing entry whose dossier is of one of the fields, newest first. */
    List<NoticeId> withStandingEntriesIn(Collection<String> fields);

    List<ConsultationAnswer> answers(NoticeId noticeId);

    /** Stores an authority's opinion unless it gave one before; false when it had. */
    boolean insertAnswer(ConsultationAnswer answer);
}
