package cn.kunming.kjj.carrier.publicity;

import cn.kunming.kjj.carrier.common.UploadedFile;
import cn.kunming.kjj.carrier.common.ContentStream;
import cn.kunming.kjj.carrier.common.NoticeId;
import cn.kunming.kjj.carrier.common.CallId;
import cn.kunming.kjj.carrier.common.DossierId;
import org.jspecify.annotations.Nullable;
import cn.kunming.kjj.carrier.eligibility.MeasuresValidity;
import cn.kunming.kjj.carrier.eligibility.Threshold;
import cn.kunming.kjj.carrier.audit.AuditAction;
import cn.kunming.kjj.carrier.audit.AuditEntry;
import cn.kunming.kjj.carrier.audit.AuditedEntity;
import cn.kunming.kjj.carrier.audit.AuditLog;
import cn.kunming.kjj.carrier.calendar.CalendarService;
import cn.kunming.kjj.carrier.calendar.WorkingCalendar;
import cn.kunming.kjj.carrier.call.Call;
import cn.kunming.kjj.carrier.call.CallService;
import cn.kunming.kjj.carrier.common.ConcurrentEditException;
import cn.kunming.kjj.carrier.common.NotFoundException;
import cn.kunming.kjj.carrier.common.PortalException;
import cn.kunming.kjj.carrier.dossier.Dossier;
import cn.kunming.kjj.carrier.dossier.DossierStatus;
import cn.kunming.kjj.carrier.dossier.Dossiers;
import cn.kunming.kjj.carrier.publicity.repository.NoticeRepository;
import cn.kunming.kjj.carrier.security.Access;
import cn.kunming.kjj.carrier.security.CurrentUser;
import cn.kunming.kjj.carrier.security.PortalUser;
import cn.kunming.kjj.carrier.security.TenantScope;
import cn.kunming.kjj.carrier.storage.AttachmentStore;
import cn.kunming.kjj.carrier.tenant.HostUnit;
import cn.kunming.kjj.carrier.tenant.HostUnits;
import cn.kunming.kjj.carrier.notification.Audience;
import cn.kunming.kjj.carrier.notification.NotificationKind;
import cn.kunming.kjj.carrier.notification.NotificationRequested;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;

/**
 * Public notice (P4.5): the proposed list of a call published for at least 5 working days, objections recorded and
 * handled, and at the end the bureau's document under which the unobjected dossiers are approved and registered.
 */
@Service
public class PublicNoticeService {

    private final NoticeRepository notices;
    private final MeasuresValidity measures;
    private final Dossiers dossiers;
    private final HostUnits units;
    private final CallService calls;
    private final CalendarService calendar;
    private final NoticeClosing closing;
    private final DocumentNumbers documentNumbers;
    private final NoticeDocument document;
    private final AttachmentStore store;
    private final CurrentUser currentUser;
    private final AuditLog audit;
    private final Clock clock;
    private final NoticeConsultations consultations;
    private final ApplicationEventPublisher events;

    /** The reason and the contact are public text of the notice; the columns hold 500. */
    static final int TEXT_LENGTH = 500;

    PublicNoticeService(NoticeRepository notices, Dossiers dossiers, HostUnits units,
                        CallService calls, CalendarService calendar, NoticeClosing closing,
                        DocumentNumbers documentNumbers, NoticeDocument document, AttachmentStore store,
                        CurrentUser currentUser, AuditLog audit, Clock clock, MeasuresValidity measures,
                        NoticeConsultations consultations, ApplicationEventPublisher events) {
        this.events = events;
        this.consultations = consultations;
        this.measures = measures;
        this.notices = notices;
        this.dossiers = dossiers;
        this.units = units;
        this.calls = calls;
        this.calendar = calendar;
        this.closing = closing;
        this.documentNumbers = documentNumbers;
        this.document = document;
        this.store = store;
        this.currentUser = currentUser;
        this.audit = audit;
        this.clock = clock;
    }

    /**
     * The default period from a start date: the 5th working day counting the start day (P4.5), or as many as the rule
     * set in force on the start day says (A8.1).
     */
    @PreAuthorize(Access.ANYONE)
    @Transactional(readOnly = true)
    public NoticePeriod period(LocalDate startsOn) {
        WorkingCalendar days = calendar.calendar();
        LocalDate end = days.nthWorkingDay(startsOn,
                measures.figure(Threshold.NOTICE_WORKING_DAYS, startsOn).intValueExact());
        return new NoticePeriod(startsOn, end, days.allKnown(startsOn, end));
    }

    /** The dossiers of a call that the bureau proposed (P4.4) and that would be listed. */
    @PreAuthorize(Access.BUREAU)
    @Transactional(readOnly = true)
    public List<NoticeEntry> proposed(CallId callId) {
        TenantScope scope = currentUser.scope();
        return dossiers.find(scope, callId).stream().filter(d -> d.status() == DossierStatus.PROPOSED)
                .map(d -> entry(scope, d)).toList();
    }

    /**
     * Publishes the proposed list. Refused, changing nothing, when the end is before the 5th working day counting the
     * start (P4.5), the contact for objections is missing, the call already has a notice, or nothing is proposed.
     */
    @PreAuthorize(Access.BUREAU)
    @Transactional
    public NoticeId publish(CallId callId, LocalDate startsOn, LocalDate endsOn, String contact) {
        PortalUser me = currentUser.require();
        Call call = calls.published().stream().filter(c -> c.id().equals(callId)).findFirst()
                .orElseThrow(NotFoundException::new);
        if (startsOn == null || endsOn == null) {
            throw new PortalException("notice.datesMissing");
        }
        if (startsOn.isBefore(LocalDate.now(clock))) {
            throw new PortalException("notice.startInPast");
        }
        NoticePeriod period = period(startsOn);
        if (endsOn.isBefore(period.defaultEnd())) {
            throw new PortalException("notice.endTooEarly", period.defaultEnd());
        }
        if (contact == null || contact.isBlank()) {
            throw new PortalException("notice.contactMissing");
        }
        if (contact.strip().length() > TEXT_LENGTH) {
            throw new PortalException("notice.textTooLong", TEXT_LENGTH);
        }
        if (notices.findByCall(callId).isPresent()) {
            throw new PortalException("notice.exists");
        }
        List<NoticeEntry> entries = proposed(callId);
        if (entries.isEmpty()) {
            throw new PortalException("notice.nothingProposed");
        }
        for (NoticeEntry e : entries) {
            if (!dossiers.moveStatus(me.scope(), e.dossierId(), DossierStatus.PROPOSED, DossierStatus.IN_PUBLIC_NOTICE, null)) {
                throw new ConcurrentEditException("DOSSIER", e.dossierId());
            }
            audit.record(AuditEntry.of(AuditAction.DOSSIER_IN_PUBLIC_NOTICE, AuditedEntity.DOSSIER, e.dossierId()).tenant(e.tenantId())
                    .rule("P4.5").detail(startsOn + "–" + endsOn));
        }
        NoticeId id = notices.insert(callId, startsOn, endsOn, contact.strip(), me.username(), LocalDateTime.now(clock), entries);
        audit.record(AuditEntry.of(AuditAction.NOTICE_PUBLISHED, AuditedEntity.PUBLIC_NOTICE, id).rule("P4.5")
                .detail(call.title() + ": " + entries.size() + " entries, " + startsOn + "–" + endsOn));
        return id;
    }

    @PreAuthorize(Access.OFFICERS)
    @Transactional(readOnly = true)
    public Optional<PublicNotice> ofCall(CallId callId) {
        return notices.findByCall(callId);
    }

    /** Notices are public (P4.5): everyone, signed in or not, reads them. */
    @PreAuthorize(Access.ANYONE)
    @Transactional(readOnly = true)
    public List<PublicNotice> publicNotices() {
        return notices.findAll();
    }

    @PreAuthorize(Access.ANYONE)
    @Transactional(readOnly = true)
    public Optional<PublicNotice> publicNotice(NoticeId id) {
        return notices.findById(id);
    }

    @PreAuthorize(Access.OFFICERS)
    @Transactional(readOnly = true)
    public List<Objection> objections(NoticeId noticeId) {
        return notices.objections(currentUser.scope(), noticeId);
    }

    /**
     * Records an objection received during the period against one listed dossier, with its evidence file (PDF, OFD,
     * JPG or PNG, checked by content) when there is one.
     */
    @PreAuthorize(Access.BUREAU)
    @Transactional
    public long recordObjection(NoticeId noticeId, DossierId dossierId, String objector, LocalDate receivedOn, String content,
                                @Nullable UploadedFile evidence) {
        PublicNotice notice = openNotice(noticeId);
        NoticeEntry entry = notice.entries().stream().filter(e -> e.dossierId().equals(dossierId)).findFirst()
                .orElseThrow(() -> new PortalException("notice.notListed"));
        if (objector == null || objector.isBlank() || content == null || content.isBlank()) {
            throw new PortalException("objection.incomplete");
        }
        if (receivedOn == null || receivedOn.isBefore(notice.startsOn()) || receivedOn.isAfter(notice.endsOn())) {
            throw new PortalException("objection.outsidePeriod", notice.startsOn(), notice.endsOn());
        }
        String sha = null;
        if (evidence != null) {
            sha = store.keepChecked(evidence).sha256();
        }
        long id = notices.insertObjection(noticeId, entry, objector.strip(), receivedOn, content.strip(),
                evidence == null ? null : evidence.fileName(), sha, currentUser.require().username(), LocalDateTime.now(clock));
        audit.record(AuditEntry.of(AuditAction.OBJECTION_RECORDED, AuditedEntity.DOSSIER, dossierId).tenant(entry.tenantId()).rule("P4.5")
                .detail("objection " + id + " from " + objector.strip() + (sha == null ? "" : ", evidence sha256=" + sha)));
        return id;
    }

    /** Upholds or dismisses an objection, with the reason; an upheld objection will reject its dossier at the end. */
    @PreAuthorize(Access.BUREAU)
    @Transactional
    public void handle(long objectionId, boolean upheld, String reason) {
        Objection o = notices.findObjection(currentUser.scope(), objectionId).orElseThrow(NotFoundException::new);
        openNotice(o.noticeId());
        if (reason == null || reason.isBlank()) {
            throw new PortalException("objection.reasonMissing");
        }
        if (o.status() != ObjectionStatus.OPEN) {
            throw new PortalException("objection.alreadyHandled");
        }
        ObjectionStatus outcome = upheld ? ObjectionStatus.UPHELD : ObjectionStatus.DISMISSED;
        if (!notices.handle(objectionId, o.version(), outcome, reason.strip(), currentUser.require().username(),
                LocalDateTime.now(clock))) {
            throw new ConcurrentEditException("OBJECTION", objectionId);
        }
        Dossier dossier = dossiers.findById(currentUser.scope(), o.dossierId()).orElseThrow();
        audit.record(AuditEntry.of(AuditAction.objection(outcome), AuditedEntity.DOSSIER, o.dossierId()).tenant(dossier.tenantId())
                .rule("P4.5").detail("objection " + objectionId + ": " + reason.strip()));
    }

    @PreAuthorize(Access.OFFICERS)
    @Transactional(readOnly = true)
    public ContentStream evidence(long objectionId) {
        Objection o = notices.findObjection(currentUser.scope(), objectionId).orElseThrow(NotFoundException::new);
        if (o.evidenceSha256() == null) {
            throw new NotFoundException();
        }
        return store.open(o.evidenceSha256());
    }

    /**
     * Records the bureau's approval document: its sequence number in the configured pattern, and the filing date.
     * Refused while an industry authority the bureau consults on a listed field has not given its opinion (P4.5:
     * 商相关行业主管部门发文和备案).
     */
    @PreAuthorize(Access.BUREAU)
    @Transactional
    public String setDocument(NoticeId noticeId, int sequence, LocalDate filedOn) {
        PublicNotice notice = openNotice(noticeId);
        if (sequence < 1) {
            throw new PortalException("notice.documentSequenceInvalid");
        }
        // 公示期满无异议的…发文 (P4.5): the document follows the notice's last day, so a carrier is never approved
        // while its notice still runs
        if (filedOn == null || !filedOn.isAfter(notice.endsOn())) {
            throw new PortalException("notice.filedBeforeEnd", notice.endsOn());
        }
        List<Consultation> consulted = consultations.of(notice);
        List<String> outstanding = consulted.stream().filter(Consultation::outstanding)
                .map(Consultation::authorityName).toList();
        if (!outstanding.isEmpty()) {
            throw new PortalException("notice.consultationOutstanding", String.join("、", outstanding));
        }
        String number = documentNumbers.format(filedOn.getYear(), sequence);
        if (notices.findAll().stream().anyMatch(n -> !n.id().equals(noticeId) && number.equals(n.documentNumber()))) {
            throw new PortalException("notice.documentNumberTaken", number);
        }
        if (!notices.setDocument(noticeId, notice.version(), number, filedOn)) {
            throw new ConcurrentEditException("PUBLIC_NOTICE", noticeId);
        }
        String opinions = consulted.stream().filter(c -> c.answer() != null)
                .map(c -> c.authorityName() + " " + java.util.Objects.requireNonNull(c.answer()).opinion())
                .collect(java.util.stream.Collectors.joining("; "));
        audit.record(AuditEntry.of(AuditAction.NOTICE_DOCUMENT_SET, AuditedEntity.PUBLIC_NOTICE, noticeId).rule("P4.5")
                .detail(number + " filed " + filedOn + (opinions.isEmpty() ? "" : "; consulted: " + opinions)));
        return number;
    }

    /** Why the notice cannot be closed now, if anything (period, document, open objections). */
    @PreAuthorize(Access.OFFICERS)
    @Transactional(readOnly = true)
    public Optional<String> closingBlocker(NoticeId noticeId) {
        return closing.blocker(notices.findById(noticeId).orElseThrow(NotFoundException::new));
    }

    /** Ends the notice now (the nightly job does the same): approvals, rejections and the register (P4.5). */
    @PreAuthorize(Access.BUREAU)
    @Transactional
    public int close(NoticeId noticeId) {
        PublicNotice notice = notices.findById(noticeId).orElseThrow(NotFoundException::new);
        closing.blocker(notice).ifPresent(key -> {
            throw new PortalException(key);
        });
        return closing.close(notice).orElseThrow(() -> new PortalException("notice.alreadyClosed"));
    }

    /** The notice text as .docx (公示通知), for the bureau's website and files. */
    @PreAuthorize(Access.BUREAU)
    @Transactional(readOnly = true)
    public byte[] document(NoticeId noticeId) {
        PublicNotice notice = notices.findById(noticeId).orElseThrow(NotFoundException::new);
        Call call = calls.published().stream().filter(c -> c.id().equals(notice.callId())).findFirst().orElseThrow();
        return document.render(call, notice, period(notice.startsOn()).calendarKnown());
    }

    /** The approval notice (认定通知) of a closed notice: the dossiers it approved, under its document number (P4.5). */
    @PreAuthorize(Access.BUREAU)
    @Transactional(readOnly = true)
    public byte[] approvalNotice(NoticeId noticeId) {
        PublicNotice notice = notices.findById(noticeId).orElseThrow(NotFoundException::new);
        if (notice.status() != NoticeStatus.CLOSED) {
            throw new PortalException("notice.notClosedYet");
        }
        Call call = calls.published().stream().filter(c -> c.id().equals(notice.callId())).findFirst().orElseThrow();
        List<NoticeEntry> approved = new java.util.ArrayList<>();
        java.util.Map<DossierId, String> fields = new java.util.HashMap<>();
        for (NoticeEntry e : notice.entries()) {
            dossiers.findById(currentUser.scope(), e.dossierId()).filter(d -> d.status() == DossierStatus.APPROVED)
                    .ifPresent(d -> {
                        approved.add(e);
                        fields.put(d.id(), d.content().industryField() == null ? "" : d.content().industryField());
                    });
        }
        return document.approval(call, notice, approved, fields);
    }

    /**
     * Corrects an open notice before its document (更正): extends its period or changes the contact for objections,
     * with a reason the public reads beside the notice (decision 0036). The period is never shortened: the public was
     * told it may object until the end date (P4.5). The listed units and their districts are told.
     */
    @PreAuthorize(Access.BUREAU)
    @Transactional
    public void correct(NoticeId noticeId, @Nullable LocalDate endsOn, @Nullable String contact, @Nullable String reason) {
        PublicNotice notice = amendable(noticeId);
        String why = reason(reason);
        if (endsOn == null) {
            throw new PortalException("notice.datesMissing");
        }
        if (endsOn.isBefore(notice.endsOn())) {
            throw new PortalException("notice.correctionShortens", notice.endsOn());
        }
        if (contact == null || contact.isBlank()) {
            throw new PortalException("notice.contactMissing");
        }
        String newContact = contact.strip();
        if (newContact.length() > TEXT_LENGTH) {
            throw new PortalException("notice.textTooLong", TEXT_LENGTH);
        }
        if (endsOn.equals(notice.endsOn()) && newContact.equals(notice.contact())) {
            throw new PortalException("notice.correctionChangesNothing");
        }
        PortalUser me = currentUser.require();
        NoticeCorrection correction = new NoticeCorrection(noticeId, notice.endsOn(), endsOn, notice.contact(),
                newContact, why, me.username(), LocalDateTime.now(clock));
        if (!notices.correct(noticeId, notice.version(), correction)) {
            throw new ConcurrentEditException("PUBLIC_NOTICE", noticeId);
        }
        audit.record(AuditEntry.of(AuditAction.NOTICE_CORRECTED, AuditedEntity.PUBLIC_NOTICE, noticeId).rule("P4.5")
                .detail("ends " + notice.endsOn() + " → " + endsOn + "; contact " + notice.contact() + " → " + newContact
                        + "; reason: " + why));
        tellListed(notice, NotificationKind.NOTICE_CORRECTED, why);
    }

    /**
     * Withdraws an open notice before its document (撤回), with a reason the public reads: the notice stays public,
     * marked withdrawn, and its standing dossiers return to the proposed list, so that the call can be published
     * again (decision 0036). The listed units and their districts are told. Returns how many dossiers returned.
     */
    @PreAuthorize(Access.BUREAU)
    @Transactional
    public int withdraw(NoticeId noticeId, @Nullable String reason) {
        PublicNotice notice = amendable(noticeId);
        String why = reason(reason);
        PortalUser me = currentUser.require();
        if (!notices.withdraw(noticeId, notice.version(), me.username(), LocalDateTime.now(clock), why)) {
            throw new ConcurrentEditException("PUBLIC_NOTICE", noticeId);
        }
        int returned = 0;
        for (NoticeEntry e : notice.entries()) {
            if (!e.removed() && dossiers.moveStatus(me.scope(), e.dossierId(), DossierStatus.IN_PUBLIC_NOTICE,
                    DossierStatus.PROPOSED, null)) {
                audit.record(AuditEntry.of(AuditAction.DOSSIER_PROPOSED, AuditedEntity.DOSSIER, e.dossierId())
                        .tenant(e.tenantId()).rule("P4.5").detail("notice " + noticeId + " withdrawn: " + why));
                returned++;
            }
        }
        audit.record(AuditEntry.of(AuditAction.NOTICE_WITHDRAWN, AuditedEntity.PUBLIC_NOTICE, noticeId).rule("P4.5")
                .detail(returned + " dossiers back on the proposed list; reason: " + why));
        tellListed(notice, NotificationKind.NOTICE_WITHDRAWN, why);
        return returned;
    }

    /** The call's withdrawn notices, newest first, for the bureau's record of the call. */
    @PreAuthorize(Access.OFFICERS)
    @Transactional(readOnly = true)
    public List<PublicNotice> withdrawnOfCall(CallId callId) {
        return notices.withdrawnOfCall(callId);
    }

    private void tellListed(PublicNotice notice, NotificationKind kind, String reason) {
        for (NoticeEntry e : notice.entries()) {
            if (!e.removed()) {
                events.publishEvent(NotificationRequested.of(Audience.together(Audience.unit(e.unitId()),
                        Audience.district(e.tenantId())), kind, "notice/" + notice.id(), e.name(), reason));
            }
        }
    }

    /** A notice the bureau may still correct or withdraw: open, and no document issued under it yet. */
    private PublicNotice amendable(NoticeId noticeId) {
        PublicNotice notice = openNotice(noticeId);
        if (notice.documentNumber() != null) {
            throw new PortalException("notice.documentAlreadySet", notice.documentNumber());
        }
        return notice;
    }

    private static String reason(@Nullable String reason) {
        if (reason == null || reason.isBlank()) {
            throw new PortalException("notice.reasonMissing");
        }
        String why = reason.strip();
        if (why.length() > TEXT_LENGTH) {
            throw new PortalException("notice.textTooLong", TEXT_LENGTH);
        }
        return why;
    }

    private PublicNotice openNotice(NoticeId noticeId) {
        PublicNotice notice = notices.findById(noticeId).orElseThrow(NotFoundException::new);
        if (notice.status() != NoticeStatus.OPEN) {
            throw new PortalException(NoticeClosing.notOpen(notice));
        }
        return notice;
    }

    private NoticeEntry entry(TenantScope scope, Dossier d) {
        String unit = units.findById(scope, d.unitId()).map(HostUnit::name).orElse("");
        return new NoticeEntry(d.id(), d.tenantId(), d.unitId(), unit, d.kind(), d.content().facts().name());
    }
}
