package cn.kunming.kjj.carrier.dossier;

import cn.kunming.kjj.carrier.common.UnitId;
import cn.kunming.kjj.carrier.common.CallId;
import cn.kunming.kjj.carrier.common.DossierId;
import cn.kunming.kjj.carrier.audit.AuditAction;
import cn.kunming.kjj.carrier.audit.AuditEntry;
import cn.kunming.kjj.carrier.audit.AuditedEntity;
import cn.kunming.kjj.carrier.audit.AuditLog;
import cn.kunming.kjj.carrier.call.Call;
import cn.kunming.kjj.carrier.call.CallService;
import cn.kunming.kjj.carrier.call.CallState;
import cn.kunming.kjj.carrier.carrier.Carriers;
import cn.kunming.kjj.carrier.common.AttachmentZip;
import cn.kunming.kjj.carrier.common.CarrierKind;
import cn.kunming.kjj.carrier.common.ConcurrentEditException;
import cn.kunming.kjj.carrier.common.ExportProgress;
import cn.kunming.kjj.carrier.common.MessageKey;
import cn.kunming.kjj.carrier.common.Messages;
import cn.kunming.kjj.carrier.common.NotFoundException;
import cn.kunming.kjj.carrier.common.PortalException;
import cn.kunming.kjj.carrier.common.TextLimits;
import cn.kunming.kjj.carrier.common.FieldName;
import cn.kunming.kjj.carrier.common.XlsxTable;
import cn.kunming.kjj.carrier.credit.CheckOccasion;
import cn.kunming.kjj.carrier.credit.CheckWindow;
import cn.kunming.kjj.carrier.credit.CreditCheck;
import cn.kunming.kjj.carrier.credit.CreditChecker;
import cn.kunming.kjj.carrier.credit.ListingEntry;
import cn.kunming.kjj.carrier.dossier.repository.DossierRepository;
import cn.kunming.kjj.carrier.eligibility.EligibilityService;
import cn.kunming.kjj.carrier.eligibility.EligibilityResult;
import cn.kunming.kjj.carrier.eligibility.Facts;
import cn.kunming.kjj.carrier.eligibility.FactsCheck;
import cn.kunming.kjj.carrier.eligibility.Outcome;
import cn.kunming.kjj.carrier.notification.Audience;
import cn.kunming.kjj.carrier.notification.NotificationKind;
import cn.kunming.kjj.carrier.notification.NotificationRequested;
import cn.kunming.kjj.carrier.security.Access;
import cn.kunming.kjj.carrier.security.CurrentUser;
import cn.kunming.kjj.carrier.security.PortalUser;
import cn.kunming.kjj.carrier.security.TenantScope;
import cn.kunming.kjj.carrier.common.ContentStream;
import cn.kunming.kjj.carrier.common.UploadedFile;
import cn.kunming.kjj.carrier.storage.AttachmentStore;
import cn.kunming.kjj.carrier.tenant.ActivationStatus;
import cn.kunming.kjj.carrier.tenant.HostUnit;
import cn.kunming.kjj.carrier.tenant.HostUnits;
import cn.kunming.kjj.carrier.tenant.Tenants;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.jspecify.annotations.Nullable;

import java.io.OutputStream;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.Optional;

/**
 * The applicant's side of P4.2: one dossier per unit, kind and call; the draft saved as it is written; submission
 * only when nothing is missing, the call is open for the unit, the unit is active, and any failed rule has been
 * explicitly acknowledged. A submission locks the content as a numbered version judged by the rules of that day.
 */
@Service
public class DossierService {

    /** The most lines one page may ask for (a grid asks for 50 at a time). */


    private final DossierRepository dossiers;
    private final HostUnits units;
    private final CallService calls;
    private final EligibilityService eligibility;
    private final CurrentUser currentUser;
    private final AuditLog audit;
    private final Clock clock;
    private final AttachmentStore store;
    private final Carriers carriers;
    private final CreditChecker credit;
    private final Tenants tenants;
    private final DistrictReturns districtReturns;
    private final DossierZips zips;
    private final ApplicationEventPublisher events;

    /** 20 MB: the largest attachment accepted. */
    public static final int MAX_ATTACHMENT_BYTES = AttachmentStore.MAX_BYTES;

    private final AttachmentQuota quota;

    DossierService(DossierRepository dossiers, HostUnits units, CallService calls,
                   EligibilityService eligibility, CurrentUser currentUser, AuditLog audit, Clock clock,
                   AttachmentStore store, Carriers carriers, CreditChecker credit,
                   Tenants tenants, DistrictReturns districtReturns, DossierZips zips,
                   ApplicationEventPublisher events, AttachmentQuota quota) {
        this.quota = quota;
        this.events = events;
        this.zips = zips;
        this.districtReturns = districtReturns;
        this.tenants = tenants;
        this.credit = credit;
        this.carriers = carriers;
        this.store = store;
        this.dossiers = dossiers;
        this.units = units;
        this.calls = calls;
        this.eligibility = eligibility;
        this.currentUser = currentUser;
        this.audit = audit;
        this.clock = clock;
    }

    /** Opens the unit's dossier for the call and kind, creating the draft the first time. */
    @PreAuthorize(Access.APPLICANT)
    @Transactional
    public DossierId open(CallId callId, CarrierKind kind) {
        PortalUser me = currentUser.require();
        HostUnit unit = activeUnit(me);
        Call call = calls.publishedCall(callId).orElseThrow(NotFoundException::new);
        if (!call.kinds().contains(kind)) {
            throw new PortalException("dossier.kindNotInCall", call.title());
        }
        Optional<DossierId> existing = dossiers.findId(callId, unit.id(), kind);
        if (existing.isPresent()) {
            return existing.get();
        }
        requireMayApply(me, unit.id(), kind);
        if (call.stateAt(now()) == CallState.CLOSED) {
            calls.requireOpenFor(callId, unit.id());
        }
        // the applicant declares these itself (C2.1, C3.1): a new draft claims nothing on its behalf
        Facts empty = new Facts(kind, "", null, unit.type(), false, false, java.math.BigDecimal.ZERO, 0, false, 0, 0, 0,
                false, false, false,
                kind == CarrierKind.CONCEPT_CENTER ? Facts.PocFacts.none() : null,
                kind == CarrierKind.PILOT_PLATFORM ? Facts.PilotFacts.none() : null);
        DossierId id = dossiers.insert(callId, unit.id(), unit.tenantId(), kind,
                new DossierContent(empty, List.of(), "", false), now(), me.username());
        audit.record(AuditEntry.of(AuditAction.DOSSIER_CREATED, AuditedEntity.DOSSIER, id).tenant(unit.tenantId()).rule("P4.2")
                .detail(call.title() + " " + kind));
        return id;
    }

    @PreAuthorize(Access.APPLICANT)
    @Transactional(readOnly = true)
    public List<Dossier> mine() {
        return dossiers.find(currentUser.scope(), null);
    }

    @PreAuthorize(Access.APPLICANT_OR_OFFICERS)
    @Transactional(readOnly = true)
    public Optional<Dossier> find(DossierId id) {
        return dossiers.findById(currentUser.scope(), id);
    }

    /**
     * Saves the draft as it stands, and judges it as saved: one call and one transaction per autosave, returning the
     * dossier with its new version and time of saving, and what the editor shows beside it.
     */
    @PreAuthorize(Access.APPLICANT)
    @Transactional
    public SavedDraft saveDraft(DossierId id, int version, DossierContent content) {
        PortalUser me = currentUser.require();
        Dossier dossier = dossiers.findById(me.scope(), id).orElseThrow(NotFoundException::new);
        if (!dossier.status().editable()) {
            throw new PortalException("dossier.locked");
        }
        if (content.facts() == null || content.facts().kind() != dossier.kind()) {
            throw new PortalException("dossier.kindFixed");
        }
        requireWithinLimits(content);
        // whole seconds: what every supported database keeps (MySQL Connector/J sends a MariaDB server no fraction), so
        // the dossier returned is the dossier stored
        LocalDateTime at = now().truncatedTo(ChronoUnit.SECONDS);
        if (!dossiers.saveContent(me.scope(), id, version, content, at, me.username())) {
            throw new ConcurrentEditException("DOSSIER", id);
        }
        Dossier saved = new Dossier(dossier.id(), dossier.callId(), dossier.unitId(), dossier.tenantId(), dossier.kind(),
                dossier.status(), content, dossier.submittedVersions(), at, me.username(), dossier.createdAt(),
                version + 1, dossier.revisionDue());
        return new SavedDraft(saved, check(saved));
    }

    /**
     * The limits the form shows, checked again whatever the browser let through: every text, and the proposed name's
     * own (the public API's too).
     */
    private static void requireWithinLimits(DossierContent content) {
        TextLimits.require(content);
        String name = content.facts() == null ? null : content.facts().name();
        if (name != null && name.codePointCount(0, name.length()) > Facts.MAX_NAME_LENGTH) {
            throw new PortalException("input.tooLongField", new FieldName("facts.name"), Facts.MAX_NAME_LENGTH);
        }
    }

    /** What is missing and how the rules judge the draft today; the editor shows it before submission. */
    @PreAuthorize(Access.APPLICANT)
    @Transactional(readOnly = true)
    public SubmissionCheck check(DossierId id) {
        Dossier dossier = dossiers.findById(currentUser.scope(), id).orElseThrow(NotFoundException::new);
        return check(dossier);
    }

    private SubmissionCheck check(Dossier dossier) {
        LocalDate today = LocalDate.now(clock);
        HostUnit unit = units.findById(currentUser.scope(), dossier.unitId()).orElseThrow(NotFoundException::new);
        List<ListingEntry> listings = credit.listed(unit.creditCode(), CheckWindow.lastYearBefore(today));
        return check(dossier, listings, !listings.isEmpty());
    }

    private SubmissionCheck check(Dossier dossier, List<ListingEntry> listings, boolean listedByChecks) {
        DossierContent c = dossier.content();
        List<SubmissionCheck.Missing> missing = new ArrayList<>();
        if (c.facts().name() == null || c.facts().name().isBlank()) {
            missing.add(new SubmissionCheck.Missing("dossier.missing.name"));
        }
        if (c.services().isEmpty()) {
            missing.add(new SubmissionCheck.Missing("dossier.missing.services"));
        }
        if (c.managementSystems() == null || c.managementSystems().isBlank()) {
            missing.add(new SubmissionCheck.Missing("dossier.missing.managementSystems"));
        }
        if (!c.commitment()) {
            missing.add(new SubmissionCheck.Missing("dossier.missing.commitment"));
        }
        if (!c.team().isEmpty() && c.team().size() != c.facts().operatingTeam()
                || !c.advisors().isEmpty() && (c.advisors().size() != c.facts().advisors()
                || c.advisors().stream().filter(TeamMember::techBroker).count() != c.facts().techBrokers())) {
            missing.add(new SubmissionCheck.Missing("dossier.missing.teamCounts"));
        }
        if (!c.reserveProjects().isEmpty() && c.reserveProjects().size() != c.facts().reserveProjects()) {
            missing.add(new SubmissionCheck.Missing("dossier.missing.projectCount", c.reserveProjects().size(),
                    c.facts().reserveProjects()));
        }
        List<Attachment> uploaded = dossiers.attachments(currentUser.scope(), dossier.id());
        calls.publishedCall(dossier.callId())
                .ifPresent(call -> call.requiredFor(dossier.kind()).stream()
                        .filter(r -> uploaded.stream().noneMatch(a -> r.code().equals(a.requirementCode())))
                        .forEach(r -> missing.add(new SubmissionCheck.Missing("dossier.missing.attachment", r.name()))));
        Facts today = c.facts().submittedOn(LocalDate.now(clock)).listedByCheck(listedByChecks);
        // checked here, not by catching the service's refusal: that refusal would mark this transaction rollback-only
        List<FactsCheck.Problem> problems = FactsCheck.problems(today);
        EligibilityResult evaluation = new EligibilityResult("-", List.of());
        if (problems.isEmpty()) {
            evaluation = eligibility.evaluate(today);
        } else {
            missing.add(new SubmissionCheck.Missing("dossier.missing.validFacts"));
        }
        return new SubmissionCheck(missing, evaluation, listings, problems);
    }

    /**
     * Submits the draft (P4.2). Refused, naming the rule, when the unit is not active or the call is not open for
     * it (for a returned dossier: when the district's resubmission date has passed); refused while anything is
     * missing; a failed condition needs {@code acknowledgeFailures}.
     */
    @PreAuthorize(Access.APPLICANT)
    @Transactional
    public DossierVersion submit(DossierId id, int version, boolean acknowledgeFailures) {
        PortalUser me = currentUser.require();
        Dossier dossier = dossiers.findById(me.scope(), id).orElseThrow(NotFoundException::new);
        if (!dossier.status().editable()) {
            throw new PortalException("dossier.locked");
        }
        // a draft saved before the server checked every limit is not sent on as it is
        requireWithinLimits(dossier.content());
        activeUnit(me);
        requireMayApply(me, dossier.unitId(), dossier.kind());
        if (dossier.status() == DossierStatus.RETURNED) {
            requireRevisionOnTime(dossier);
        } else {
            calls.requireOpenFor(dossier.callId(), dossier.unitId());
        }
        HostUnit unit = units.findById(me.scope(), dossier.unitId()).orElseThrow(NotFoundException::new);
        List<CreditCheck> checks = credit.check(unit.id(), unit.tenantId(), unit.creditCode(), CheckOccasion.SUBMISSION,
                CheckWindow.lastYearBefore(LocalDate.now(clock)), id, null);
        SubmissionCheck check = check(dossier, checks.stream().flatMap(c -> c.matched().stream()).distinct().toList(),
                CreditChecker.anyListed(checks));
        if (!check.missing().isEmpty()) {
            throw new PortalException(check.missing().getFirst().key(), check.missing().getFirst().args());
        }
        if (check.hasFailures() && !acknowledgeFailures) {
            throw new PortalException("dossier.failuresNeedAcknowledgement");
        }
        DossierContent content = dossier.content().withFacts(
                dossier.content().facts().submittedOn(LocalDate.now(clock)));
        DossierVersion submitted = new DossierVersion(id, dossier.submittedVersions() + 1, content,
                check.evaluation().ruleSetVersion(), check.evaluation().eligible(), check.hasFailures(), now(),
                me.username(), dossiers.attachments(me.scope(), id));
        if (!dossiers.submit(me.scope(), id, version, submitted)) {
            throw new ConcurrentEditException("DOSSIER", id);
        }
        // the district acts next (P4.3): told of a first submission and of a resubmission after a return alike
        events.publishEvent(NotificationRequested.of(Audience.district(dossier.tenantId()), NotificationKind.DOSSIER_SUBMITTED,
                "district/review/dossier/" + id, unit.name(), dossier.content().facts().name(), submitted.number()));
        audit.record(AuditEntry.of(AuditAction.DOSSIER_SUBMITTED, AuditedEntity.DOSSIER, id).tenant(dossier.tenantId()).rule("P4.2")
                .detail("version " + submitted.number() + ", rules " + submitted.ruleSetVersion()
                        + (check.hasFailures() ? ", failed conditions acknowledged: " + failedRules(check) : "")));
        return submitted;
    }

    /** Adds an attachment to an editable draft: PDF, OFD, JPG or PNG by content, at most 20 MB. */
    @PreAuthorize(Access.APPLICANT)
    @Transactional
    public Attachment addAttachment(DossierId dossierId, @Nullable String requirementCode, UploadedFile file) {
        PortalUser me = currentUser.require();
        Dossier dossier = dossiers.findById(me.scope(), dossierId).orElseThrow(NotFoundException::new);
        if (!dossier.status().editable()) {
            throw new PortalException("dossier.locked");
        }
        String fileName = file.fileName();
        quota.check(dossiers.attachmentLoad(dossierId, false), fileName, file.size());
        AttachmentStore.Kept kept = store.keepChecked(file);
        // again under the dossier's lock: parallel uploads passed the first check together (what one of them stored
        // then stays unreferenced in the content-addressed store)
        quota.check(dossiers.attachmentLoad(dossierId, true), fileName, kept.size());
        long id = dossiers.insertAttachment(dossier, requirementCode, fileName, kept.type().contentType(), kept.size(),
                kept.sha256(), me.username(), now());
        audit.record(AuditEntry.of(AuditAction.ATTACHMENT_ADDED, AuditedEntity.DOSSIER, dossierId).tenant(dossier.tenantId()).rule("P4.2")
                .detail(fileName + " " + kept.size() + " B sha256=" + kept.sha256()));
        return dossiers.attachments(me.scope(), dossierId).stream().filter(a -> a.id() == id).findFirst().orElseThrow();
    }

    @PreAuthorize(Access.APPLICANT)
    @Transactional
    public void removeAttachment(DossierId dossierId, long attachmentId) {
        Dossier dossier = dossiers.findById(currentUser.scope(), dossierId).orElseThrow(NotFoundException::new);
        if (!dossier.status().editable()) {
            throw new PortalException("dossier.locked");
        }
        if (!dossiers.removeAttachment(currentUser.scope(), dossierId, attachmentId)) {
            throw new NotFoundException();
        }
        audit.record(AuditEntry.of(AuditAction.ATTACHMENT_REMOVED, AuditedEntity.DOSSIER, dossierId).tenant(dossier.tenantId()).rule("P4.2")
                .detail("attachment " + attachmentId));
    }

    /** The district's latest word on the dossier (its reasons of return, P4.3); its applicant reads it too. */
    @PreAuthorize(Access.APPLICANT_OR_OFFICERS)
    @Transactional(readOnly = true)
    public Optional<DistrictReturns.Latest> districtsLatest(DossierId dossierId) {
        TenantScope scope = currentUser.scope();
        dossiers.findById(scope, dossierId).orElseThrow(NotFoundException::new);
        return districtReturns.latest(scope, dossierId);
    }

    @PreAuthorize(Access.APPLICANT_OR_OFFICERS)
    @Transactional(readOnly = true)
    public List<Attachment> attachments(DossierId dossierId) {
        return dossiers.attachments(currentUser.scope(), dossierId);
    }

    /**
     * An attachment opened for preview and download by people in scope (found in scope before anything is opened),
     * streamed from the store and checked against its SHA-256 on the way; the caller closes it.
     */
    @PreAuthorize(Access.APPLICANT_OR_OFFICERS)
    @Transactional(readOnly = true)
    public ContentStream attachmentContent(DossierId dossierId, long attachmentId) {
        Attachment a = dossiers.attachments(currentUser.scope(), dossierId).stream()
                .filter(x -> x.id() == attachmentId).findFirst()
                .or(() -> dossiers.versions(currentUser.scope(), dossierId).stream()
                        .flatMap(v -> v.attachments().stream()).filter(x -> x.id() == attachmentId).findFirst())
                .orElseThrow(NotFoundException::new);
        return store.open(a.sha256());
    }

    /** A dossier's attachments as a zip with a manifest of names and SHA-256, written to {@code out}. */
    @PreAuthorize(Access.APPLICANT_OR_OFFICERS)
    @Transactional
    public void writeAttachmentsZip(DossierId dossierId, OutputStream out) {
        TenantScope scope = currentUser.scope();
        Dossier dossier = dossiers.findById(scope, dossierId).orElseThrow(NotFoundException::new);
        audit.record(AuditEntry.of(AuditAction.ATTACHMENTS_DOWNLOADED, AuditedEntity.DOSSIER, dossierId).tenant(dossier.tenantId())
                .rule("P4.2").detail("zip of the dossier's attachments"));
        AttachmentZip.write(zips.entries(scope, List.of(dossier)), out);
    }

    @PreAuthorize(Access.APPLICANT_OR_OFFICERS)
    @Transactional(readOnly = true)
    public List<DossierVersion> versions(DossierId id) {
        return dossiers.versions(currentUser.scope(), id);
    }

    private static String failedRules(SubmissionCheck check) {
        return String.join(",", check.evaluation().results().stream()
                .filter(r -> r.outcome() == Outcome.FAIL).map(r -> r.rule()).toList());
    }

    /**
     * A unit inside a 2-year ban after a disqualification may not apply (M5.4), nor may a unit that already holds a
     * carrier of the kind on the cultivation list (P4.5).
     */
    private void requireMayApply(PortalUser me, UnitId unitId, CarrierKind kind) {
        carriers.banInForce(me.scope(), unitId, LocalDate.now(clock)).ifPresent(until -> {
            throw new PortalException("dossier.unitBanned", until);
        });
        if (carriers.holdsActive(me.scope(), unitId, kind)) {
            throw new PortalException("dossier.alreadyCarrier", new MessageKey(kind.messageKey()));
        }
    }

    /** A returned dossier goes back by the district's date (P4.3), whether or not the call is still open. */
    private void requireRevisionOnTime(Dossier dossier) {
        if (dossier.revisionDue() != null && LocalDate.now(clock).isAfter(dossier.revisionDue())) {
            throw new PortalException("dossier.revisionOverdue", dossier.revisionDue());
        }
    }

    private HostUnit activeUnit(PortalUser me) {
        HostUnit unit = units.findById(me.scope(), me.requireUnit()).orElseThrow(NotFoundException::new);
        if (unit.activationStatus() != ActivationStatus.ACTIVE) {
            throw new PortalException("dossier.unitNotActive");
        }
        return unit;
    }

    private LocalDateTime now() {
        return LocalDateTime.now(clock);
    }
}
