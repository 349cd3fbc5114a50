package cn.kunming.kjj.carrier.review;

import cn.kunming.kjj.carrier.common.CallId;
import cn.kunming.kjj.carrier.common.DossierId;
import cn.kunming.kjj.carrier.audit.AuditAction;
import cn.kunming.kjj.carrier.audit.AuditEntry;
import cn.kunming.kjj.carrier.audit.AuditedEntity;
import cn.kunming.kjj.carrier.audit.AuditLog;
import cn.kunming.kjj.carrier.call.Call;
import cn.kunming.kjj.carrier.call.CallService;
import cn.kunming.kjj.carrier.common.ConcurrentEditException;
import cn.kunming.kjj.carrier.common.MessageKey;
import cn.kunming.kjj.carrier.common.NotFoundException;
import cn.kunming.kjj.carrier.common.PortalException;
import cn.kunming.kjj.carrier.credit.CheckOccasion;
import cn.kunming.kjj.carrier.credit.CheckWindow;
import cn.kunming.kjj.carrier.credit.CreditCheckRecords;
import cn.kunming.kjj.carrier.credit.CreditChecker;
import cn.kunming.kjj.carrier.dossier.Dossier;
import cn.kunming.kjj.carrier.dossier.DossierStatus;
import cn.kunming.kjj.carrier.dossier.DossierVersion;
import cn.kunming.kjj.carrier.dossier.Dossiers;
import cn.kunming.kjj.carrier.dossier.FailedRules;
import cn.kunming.kjj.carrier.dossier.RuleAcknowledgement;
import cn.kunming.kjj.carrier.notification.Audience;
import cn.kunming.kjj.carrier.notification.NotificationKind;
import cn.kunming.kjj.carrier.notification.NotificationRequested;
import cn.kunming.kjj.carrier.review.repository.DistrictReviewRepository;
import cn.kunming.kjj.carrier.security.Access;
import cn.kunming.kjj.carrier.security.CurrentUser;
import cn.kunming.kjj.carrier.security.PortalUser;
import cn.kunming.kjj.carrier.security.TenantScope;
import cn.kunming.kjj.carrier.tenant.HostUnit;
import cn.kunming.kjj.carrier.tenant.HostUnits;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.jspecify.annotations.Nullable;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The district's recommendation (P4.3): its inbox of its own tenant's submitted dossiers, the checklist of
 * completeness and authenticity, and the three actions — return for revision, recommend, not recommend — each a
 * checked state transition with a written opinion, audited under P4.3.
 */
@Service
public class RecommendationService {

    /** The longest opinion and note kept, as the columns hold them. */
    static final int MAX_OPINION = 2000;
    static final int MAX_NOTE = 500;
    /** The longest page an inbox reads at once. */
    private static final int MAX_PAGE = 500;

    /** What a district sees: everything from submission on; drafts are still the applicant's business. */
    private static final Set<DossierStatus> SUBMITTED_OR_LATER = EnumSet.complementOf(EnumSet.of(DossierStatus.DRAFT));

    private final Dossiers dossiers;
    private final DistrictReviewRepository reviews;
    private final HostUnits units;
    private final CallService calls;
    private final CurrentUser currentUser;
    private final AuditLog audit;
    private final Clock clock;
    private final OpinionDocument document;
    private final CreditChecker credit;
    private final CreditCheckRecords creditRecords;
    private final ApplicationEventPublisher events;
    private final CreditGate gate;
    private final FailedRules failedRules;

    RecommendationService(Dossiers dossiers, DistrictReviewRepository reviews, HostUnits units,
                          CallService calls, CurrentUser currentUser, AuditLog audit,
                          Clock clock, OpinionDocument document, CreditChecker credit,
                          CreditCheckRecords creditRecords, ApplicationEventPublisher events, CreditGate gate,
                          FailedRules failedRules) {
        this.gate = gate;
        this.failedRules = failedRules;
        this.events = events;
        this.credit = credit;
        this.creditRecords = creditRecords;
        this.dossiers = dossiers;
        this.reviews = reviews;
        this.units = units;
        this.calls = calls;
        this.currentUser = currentUser;
        this.audit = audit;
        this.clock = clock;
        this.document = document;
    }

    @PreAuthorize(Access.OFFICERS)
    @Transactional(readOnly = true)
    public List<InboxRow> inbox(CallId callId) {
        TenantScope scope = currentUser.scope();
        return dossiers.find(scope, callId).stream().filter(d -> SUBMITTED_OR_LATER.contains(d.status()))
                .map(d -> {
                    List<DossierVersion> versions = dossiers.versions(scope, d.id());
                    List<DistrictReview> history = reviews.history(scope, d.id());
                    return new InboxRow(d, unitName(scope, d), versions.size(),
                            versions.isEmpty() ? null : versions.getLast().submittedAt(),
                            history.isEmpty() ? null : history.getLast());
                }).toList();
    }

    @PreAuthorize(Access.SIGNED_IN)
    @Transactional(readOnly = true)
    public ReviewSchedule schedule(CallId callId) {
        return reviews.schedule(callId).orElse(ReviewSchedule.none(callId));
    }

    @PreAuthorize(Access.BUREAU)
    @Transactional
    public void setSchedule(ReviewSchedule schedule) {
        Call call = call(schedule.callId());
        ReviewSchedule before = reviews.schedule(call.id()).orElse(new ReviewSchedule(call.id(), null, null));
        LocalDate today = LocalDate.now(clock);
        LocalDate recommendBy = schedule.recommendBy();
        LocalDate reviewBy = schedule.reviewBy();
        // a date already kept may have passed; a date newly set may not
        if (recommendBy != null && !recommendBy.equals(before.recommendBy())) {
            if (recommendBy.isBefore(today)) {
                throw new PortalException("schedule.recommendInPast", recommendBy);
            }
            if (recommendBy.isBefore(call.closesAt().toLocalDate())) {
                throw new PortalException("schedule.recommendBeforeClosing", recommendBy, call.closesAt().toLocalDate());
            }
        }
        if (reviewBy != null && !reviewBy.equals(before.reviewBy()) && reviewBy.isBefore(today)) {
            throw new PortalException("schedule.reviewInPast", reviewBy);
        }
        if (recommendBy != null && reviewBy != null && reviewBy.isBefore(recommendBy)) {
            throw new PortalException("schedule.reviewBeforeRecommend", reviewBy, recommendBy);
        }
        reviews.saveSchedule(schedule);
        audit.record(AuditEntry.of(AuditAction.REVIEW_SCHEDULE_SET, AuditedEntity.CALL, call.id()).rule("P4.3")
                .detail("recommend by " + schedule.recommendBy() + ", review by " + schedule.reviewBy()));
    }

    /** The district's desk for one dossier; a dossier outside the officer's tenant does not exist for it. */
    @PreAuthorize(Access.OFFICERS)
    @Transactional(readOnly = true)
    public ReviewWorkspace workspace(DossierId dossierId) {
        TenantScope scope = currentUser.scope();
        Dossier dossier = dossiers.findById(scope, dossierId).filter(d -> SUBMITTED_OR_LATER.contains(d.status()))
                .orElseThrow(NotFoundException::new);
        List<DossierVersion> versions = dossiers.versions(scope, dossierId);
        DossierVersion latest = versions.getLast();
        HostUnit unit = units.findById(scope, dossier.unitId()).orElseThrow(NotFoundException::new);
        CheckWindow window = CheckWindow.lastYearBefore(latest.submittedAt().toLocalDate());
        return new ReviewWorkspace(dossier, unit.name(), unit.creditCode(), latest,
                failedRules.evaluate(latest, unit), checklist(dossier),
                reviews.history(scope, dossierId), schedule(dossier.callId()),
                creditRecords.checksOfDossier(scope, dossierId), credit.listed(unit.creditCode(), window),
                dossier.status() == DossierStatus.SUBMITTED ? reviews.draft(scope, dossierId).orElse(null) : null);
    }

    /**
     * Keeps the district's judgements and opinion as they are made, so that a reload finds them (P4.3); only while the
     * dossier waits for the district. Nothing is decided by it.
     */
    @PreAuthorize(Access.DISTRICT)
    @Transactional
    public void saveChecklistDraft(DossierId dossierId, List<ChecklistItem> items, String opinion) {
        PortalUser me = currentUser.require();
        Dossier dossier = dossiers.findById(me.scope(), dossierId).orElseThrow(NotFoundException::new);
        if (dossier.status() != DossierStatus.SUBMITTED) {
            throw new PortalException("review.illegalTransition", "P4.3", new MessageKey(dossier.status().messageKey()),
                    new MessageKey("review.saveChecklist"));
        }
        requireOpinionWithinLimit(opinion);
        List<String> known = checklist(dossier).stream().map(ChecklistEntry::code).toList();
        List<ChecklistItem> kept = items.stream().filter(i -> known.contains(i.code()) && i.verdict() != null)
                .map(i -> new ChecklistItem(i.code(), i.verdict(), i.note() == null ? ""
                        : i.note().substring(0, Math.min(i.note().length(), MAX_NOTE))))
                .toList();
        reviews.saveDraft(dossier, new ChecklistDraft(kept, opinion, me.username(), LocalDateTime.now(clock)));
    }

    private static void requireOpinionWithinLimit(@Nullable String opinion) {
        if (opinion != null && opinion.length() > MAX_OPINION) {
            throw new PortalException("review.opinionTooLong", MAX_OPINION);
        }
    }

    /** The district's actions on a dossier, oldest first; its applicant reads them too (the reasons of a return). */
    @PreAuthorize(Access.APPLICANT_OR_OFFICERS)
    @Transactional(readOnly = true)
    public List<DistrictReview> history(DossierId dossierId) {
        TenantScope scope = currentUser.scope();
        dossiers.findById(scope, dossierId).orElseThrow(NotFoundException::new);
        return reviews.history(scope, dossierId);
    }

    /**
     * Records the district's action on the submitted version (P4.3), with nothing acknowledged: a recommendation of a
     * dossier that fails a rule of Art. 2–3 is refused (see the variant with a {@link RuleAcknowledgement}).
     */
    @PreAuthorize(Access.DISTRICT)
    @Transactional(noRollbackFor = CreditBlockedException.class)
    public DistrictReview decide(DossierId dossierId, DistrictAction action, List<ChecklistItem> items, String opinion,
                                 @Nullable LocalDate revisionDue) {
        return decide(dossierId, action, items, opinion, revisionDue, RuleAcknowledgement.none());
    }

    /**
     * Records the district's action on the submitted version (P4.3). Refused, and nothing changes, when the dossier
     * is not waiting for the district, or the checklist, opinion or date is incomplete; a recommendation also when the
     * unit is listed (C2.5/C3.6) or the dossier fails a rule of Art. 2–3 the officer was not shown ({@code seen}).
     */
    @PreAuthorize(Access.DISTRICT)
    @Transactional(noRollbackFor = CreditBlockedException.class)
    public DistrictReview decide(DossierId dossierId, DistrictAction action, List<ChecklistItem> items, String opinion,
                                 @Nullable LocalDate revisionDue, RuleAcknowledgement seen) {
        PortalUser me = currentUser.require();
        Dossier dossier = dossiers.findById(me.scope(), dossierId).orElseThrow(NotFoundException::new);
        if (!dossier.status().canMoveTo(action.leadsTo()) || dossier.status() != DossierStatus.SUBMITTED) {
            throw new PortalException("review.illegalTransition", "P4.3", new MessageKey(dossier.status().messageKey()),
                    new MessageKey(action.messageKey()));
        }
        LocalDate today = LocalDate.now(clock);
        DistrictDecision.problem(action, checklist(dossier), items, opinion, revisionDue, today).ifPresent(key -> {
            throw new PortalException(key);
        });
        // the form's limits, checked again whatever the browser let through: the applicant reads all of it
        requireOpinionWithinLimit(opinion);
        if (items.stream().anyMatch(i -> i.note() != null && i.note().length() > MAX_NOTE)) {
            throw new PortalException("review.noteTooLong", MAX_NOTE);
        }
        if (action == DistrictAction.RECOMMEND) {
            gate.requireNotListed(units.findById(me.scope(), dossier.unitId()).orElseThrow(),
                    dossiers.versions(me.scope(), dossierId).getLast().submittedAt().toLocalDate(),
                    CheckOccasion.RECOMMENDATION, dossierId);
        }
        List<String> acknowledged = action == DistrictAction.RECOMMEND
                ? failedRules.requireAcknowledged(me.scope(), dossierId, seen) : List.of();
        LocalDate due = action == DistrictAction.RETURN ? revisionDue : null;
        if (!dossiers.moveStatus(me.scope(), dossierId, DossierStatus.SUBMITTED, action.leadsTo(), due)) {
            throw new ConcurrentEditException("DOSSIER", dossierId);
        }
        DossierVersion latest = dossiers.versions(me.scope(), dossierId).getLast();
        int version = latest.number();
        if (action == DistrictAction.RECOMMEND) {
            // a return or 不予推荐 is no recommendation: only a recommendation is checked and recorded as one
            HostUnit unit = units.findById(me.scope(), dossier.unitId()).orElseThrow();
            credit.check(unit.id(), unit.tenantId(), unit.creditCode(), CheckOccasion.RECOMMENDATION,
                    CheckWindow.lastYearBefore(latest.submittedAt().toLocalDate()), dossierId, null);
        }
        DistrictReview review = new DistrictReview(0, dossierId, version, action, opinion.strip(), items, due,
                me.username(), LocalDateTime.now(clock));
        reviews.insert(dossier, review);
        reviews.deleteDraft(dossierId);
        String name = latest.content().facts().name();
        switch (action) {
            case RETURN -> events.publishEvent(NotificationRequested.of(Audience.unit(dossier.unitId()), NotificationKind.DOSSIER_RETURNED,
                    "dossiers/" + dossierId, name, java.util.Objects.requireNonNull(due, "DistrictDecision refuses a return without its date"),
                    opinion.strip()));
            case RECOMMEND -> events.publishEvent(NotificationRequested.of(Audience.unit(dossier.unitId()), NotificationKind.DOSSIER_RECOMMENDED,
                    "dossiers/" + dossierId, name));
            case NOT_RECOMMEND -> events.publishEvent(NotificationRequested.of(Audience.unit(dossier.unitId()), NotificationKind.DOSSIER_NOT_RECOMMENDED,
                    "dossiers/" + dossierId, name, opinion.strip()));
        }
        audit.record(AuditEntry.of(AuditAction.dossierMovedTo(action.leadsTo()), AuditedEntity.DOSSIER, dossierId)
                .tenant(dossier.tenantId()).rule("P4.3")
                .detail("version " + version + (due == null ? "" : ", resubmit by " + due)
                        // before the opinion, which may fill the detail up to its limit
                        + FailedRules.auditNote(acknowledged) + ": " + opinion.strip()));
        return review;
    }

    /** The district's latest action on each of these dossiers that has one, in the reader's scope (an inbox page). */
    @PreAuthorize(Access.OFFICERS)
    @Transactional(readOnly = true)
    public Map<DossierId, DistrictAction> lastActions(List<DossierId> dossierIds) {
        if (dossierIds == null || dossierIds.isEmpty()) {
            return Map.of();
        }
        return reviews.lastActions(currentUser.scope(), dossierIds.stream().distinct().limit(MAX_PAGE).toList());
    }

    /** The tenant's recommendation list for a call: the recommended dossiers with the district's opinions. */
    @PreAuthorize(Access.OFFICERS)
    @Transactional(readOnly = true)
    public List<InboxRow> recommended(CallId callId) {
        return inbox(callId).stream().filter(r -> r.lastAction() != null
                && r.lastAction().action() == DistrictAction.RECOMMEND).toList();
    }

    /** The recommendation opinion (推荐意见) for a call as .docx, for signing and sealing. */
    @PreAuthorize(Access.OFFICERS)
    @Transactional
    public byte[] opinionDocument(CallId callId) {
        Call call = call(callId);
        PortalUser me = currentUser.require();
        audit.record(AuditEntry.of(AuditAction.RECOMMENDATION_OPINION_GENERATED, AuditedEntity.CALL, callId).tenant(me.tenantId())
                .rule("P4.3"));
        return document.render(call, me, recommended(callId), LocalDate.now(clock));
    }

    private List<ChecklistEntry> checklist(Dossier dossier) {
        return ChecklistEntry.forDossier(call(dossier.callId()).requiredFor(dossier.kind()));
    }

    private Call call(CallId callId) {
        return calls.published().stream().filter(c -> c.id().equals(callId)).findFirst()
                .orElseThrow(NotFoundException::new);
    }

    private String unitName(TenantScope scope, Dossier d) {
        return units.findById(scope, d.unitId()).map(HostUnit::name).orElse("#" + d.unitId());
    }
}
