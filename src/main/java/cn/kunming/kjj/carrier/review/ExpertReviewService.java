package cn.kunming.kjj.carrier.review;

import cn.kunming.kjj.carrier.audit.AuditAction;
import cn.kunming.kjj.carrier.audit.AuditEntry;
import cn.kunming.kjj.carrier.audit.AuditedEntity;
import cn.kunming.kjj.carrier.audit.AuditLog;
import cn.kunming.kjj.carrier.common.ConcurrentEditException;
import cn.kunming.kjj.carrier.common.NotFoundException;
import cn.kunming.kjj.carrier.common.PortalException;
import cn.kunming.kjj.carrier.dossier.Attachment;
import cn.kunming.kjj.carrier.dossier.Dossier;
import cn.kunming.kjj.carrier.dossier.DossierStatus;
import cn.kunming.kjj.carrier.dossier.DossierVersion;
import cn.kunming.kjj.carrier.dossier.Dossiers;
import cn.kunming.kjj.carrier.eligibility.EligibilityService;
import cn.kunming.kjj.carrier.expert.Expert;
import cn.kunming.kjj.carrier.expert.Experts;
import cn.kunming.kjj.carrier.review.repository.AssignmentRepository;
import cn.kunming.kjj.carrier.security.Access;
import cn.kunming.kjj.carrier.security.CurrentUser;
import cn.kunming.kjj.carrier.security.PortalUser;
import cn.kunming.kjj.carrier.security.TenantScope;
import cn.kunming.kjj.carrier.storage.AttachmentStore;
import cn.kunming.kjj.carrier.tenant.HostUnit;
import cn.kunming.kjj.carrier.tenant.HostUnits;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.List;
import java.util.Optional;

/**
 * The expert's side of review (P4.4). An expert reaches a dossier only through its own assignment: first it
 * declares whether it has a conflict of interest (seeing the unit, never the content); a declared conflict releases
 * the assignment and is remembered for the unit. It then reads and scores, and may read on for a configured number
 * of days after submitting. Anything else is answered as if the dossier did not exist.
 */
@Service
public class ExpertReviewService {

    private final AssignmentRepository assignments;
    private final Dossiers dossiers;
    private final Experts experts;
    private final HostUnits units;
    private final EligibilityService eligibility;
    private final AttachmentStore store;
    private final ReviewSettings settings;
    private final CurrentUser currentUser;
    private final AuditLog audit;
    private final Clock clock;

    ExpertReviewService(AssignmentRepository assignments, Dossiers dossiers, Experts experts,
                        HostUnits units, EligibilityService eligibility, AttachmentStore store,
                        ReviewSettings settings, CurrentUser currentUser, AuditLog audit, Clock clock) {
        this.assignments = assignments;
        this.dossiers = dossiers;
        this.experts = experts;
        this.units = units;
        this.eligibility = eligibility;
        this.store = store;
        this.settings = settings;
        this.currentUser = currentUser;
        this.audit = audit;
        this.clock = clock;
    }

    /** The signed-in expert's assignments that it may still open. */
    @PreAuthorize(Access.EXPERT)
    @Transactional(readOnly = true)
    public List<MyReview> mine() {
        Optional<Expert> me = me();
        if (me.isEmpty()) {
            return List.of();
        }
        return assignments.ofExpert(me.get().id()).stream().filter(this::readable)
                .map(a -> toMyReview(me.get(), a)).flatMap(Optional::stream).toList();
    }

    @PreAuthorize(Access.EXPERT)
    @Transactional(readOnly = true)
    public MyReview review(long dossierId) {
        Expert me = me().orElseThrow(NotFoundException::new);
        return readableAssignment(me, dossierId).flatMap(a -> toMyReview(me, a)).orElseThrow(NotFoundException::new);
    }

    /**
     * The declaration asked before any content is shown (P4.4). A conflict releases the assignment, is kept
     * against the unit (no later assignment to it), and leaves the dossier needing a replacement.
     */
    @PreAuthorize(Access.EXPERT)
    @Transactional
    public void declare(long dossierId, boolean conflict, String note) {
        Expert me = me().orElseThrow(NotFoundException::new);
        Assignment a = readableAssignment(me, dossierId).orElseThrow(NotFoundException::new);
        if (a.status() != AssignmentStatus.ASSIGNED) {
            throw new PortalException("review.alreadyDeclared");
        }
        if (conflict && (note == null || note.isBlank())) {
            throw new PortalException("review.conflictNeedsNote");
        }
        Dossier dossier = dossiers.findAssignedTo(me.id(), dossierId).orElseThrow(NotFoundException::new);
        AssignmentStatus next = conflict ? AssignmentStatus.RELEASED : AssignmentStatus.ACCEPTED;
        String reason = conflict ? "conflict of interest: " + note.strip() : null;
        if (!assignments.changeStatus(a.id(), a.version(), AssignmentStatus.ASSIGNED, next, now(), reason)) {
            throw new ConcurrentEditException("ASSIGNMENT", a.id());
        }
        if (conflict) {
            experts.insertConflict(me.id(), dossier.unitId(), note.strip(), now(), currentUser.require().username());
        }
        audit.record(AuditEntry.of(conflict ? AuditAction.CONFLICT_DECLARED : AuditAction.NO_CONFLICT_DECLARED, AuditedEntity.DOSSIER, dossierId)
                .tenant(dossier.tenantId()).rule("P4.4")
                .detail(me.name() + (conflict ? ": " + note.strip() : "")));
    }

    /** The content, for an expert that declared no conflict. */
    @PreAuthorize(Access.EXPERT)
    @Transactional(readOnly = true)
    public ReviewPacket packet(long dossierId) {
        Expert me = me().orElseThrow(NotFoundException::new);
        Assignment a = readableAssignment(me, dossierId).orElseThrow(NotFoundException::new);
        if (a.status() == AssignmentStatus.ASSIGNED) {
            throw new PortalException("review.declareFirst");
        }
        DossierVersion version = dossiers.latestVersionAssignedTo(me.id(), dossierId).orElseThrow(NotFoundException::new);
        MyReview review = toMyReview(me, a).orElseThrow(NotFoundException::new);
        return new ReviewPacket(review, version, eligibility.evaluate(version.content().facts()),
                assignments.criteria(review.kind()));
    }

    @PreAuthorize(Access.EXPERT)
    @Transactional(readOnly = true)
    public byte[] attachmentContent(long dossierId, long attachmentId) {
        ReviewPacket packet = packet(dossierId);
        Attachment attachment = packet.version().attachments().stream().filter(x -> x.id() == attachmentId)
                .findFirst().orElseThrow(NotFoundException::new);
        return store.get(attachment.sha256());
    }

    @PreAuthorize(Access.EXPERT)
    @Transactional
    public Assignment saveSheet(long dossierId, int version, ScoreSheet sheet) {
        Expert me = me().orElseThrow(NotFoundException::new);
        Assignment a = acceptedAssignment(me, dossierId);
        if (!assignments.saveSheet(a.id(), version, sheet)) {
            throw new ConcurrentEditException("ASSIGNMENT", a.id());
        }
        return assignments.ofExpert(me.id(), dossierId).orElseThrow();
    }

    /**
     * Submits the sheet; refused while anything is unscored, out of range, or without comments or opinion. When the
     * last open sheet of a dossier with enough experts comes in, the dossier is REVIEWED.
     */
    @PreAuthorize(Access.EXPERT)
    @Transactional
    public Assignment submitSheet(long dossierId, int version, ScoreSheet sheet) {
        Expert me = me().orElseThrow(NotFoundException::new);
        Assignment a = acceptedAssignment(me, dossierId);
        Dossier dossier = dossiers.findAssignedTo(me.id(), dossierId).orElseThrow(NotFoundException::new);
        List<Criterion> criteria = assignments.criteria(dossier.kind());
        List<ScoreSheets.Problem> problems = ScoreSheets.problems(criteria, sheet);
        if (!problems.isEmpty()) {
            ScoreSheets.Problem first = problems.getFirst();
            throw new PortalException(first.key(), first.criterion() == null ? "" : first.criterion().nameZh());
        }
        BigDecimal weighted = ScoreSheets.weighted(criteria, sheet);
        if (!assignments.submitSheet(a.id(), version, sheet, weighted, now())) {
            throw new ConcurrentEditException("ASSIGNMENT", a.id());
        }
        audit.record(AuditEntry.of(AuditAction.SCORE_SHEET_SUBMITTED, AuditedEntity.DOSSIER, dossierId).tenant(dossier.tenantId())
                .rule("P4.4").detail(me.name() + ": " + weighted + " " + sheet.opinion()));
        completeIfAllIn(dossier);
        return assignments.ofExpert(me.id(), dossierId).orElseThrow();
    }

    /** The review is complete when enough experts submitted and none is still assigned or scoring. */
    private void completeIfAllIn(Dossier dossier) {
        TenantScope ofDossier = new TenantScope.OfUnit(dossier.tenantId(), dossier.unitId());
        List<Assignment> all = assignments.ofDossier(ofDossier, dossier.id());
        long submitted = all.stream().filter(x -> x.status() == AssignmentStatus.SUBMITTED).count();
        boolean open = all.stream().anyMatch(x -> x.status() == AssignmentStatus.ASSIGNED
                || x.status() == AssignmentStatus.ACCEPTED);
        if (!open && submitted >= settings.expertsPerDossier()
                && dossiers.moveStatus(ofDossier, dossier.id(), DossierStatus.UNDER_EXPERT_REVIEW,
                DossierStatus.REVIEWED, null)) {
            audit.record(AuditEntry.of(AuditAction.DOSSIER_REVIEWED, AuditedEntity.DOSSIER, dossier.id()).tenant(dossier.tenantId())
                    .rule("P4.4").detail(submitted + " score sheets"));
        }
    }

    private Assignment acceptedAssignment(Expert me, long dossierId) {
        Assignment a = readableAssignment(me, dossierId).orElseThrow(NotFoundException::new);
        if (a.status() == AssignmentStatus.ASSIGNED) {
            throw new PortalException("review.declareFirst");
        }
        if (a.status() != AssignmentStatus.ACCEPTED) {
            throw new PortalException("review.sheetSubmitted");
        }
        return a;
    }

    private Optional<Assignment> readableAssignment(Expert me, long dossierId) {
        return assignments.ofExpert(me.id(), dossierId).filter(this::readable);
    }

    private boolean readable(Assignment a) {
        return switch (a.status()) {
            case ASSIGNED, ACCEPTED -> true;
            case SUBMITTED -> !now().isAfter(readableUntil(a));
            case RELEASED -> false;
        };
    }

    /** Until the end of the configured day after submission: a period counted in whole days, as people read it. */
    private LocalDateTime readableUntil(Assignment a) {
        return a.submittedAt() == null ? null
                : a.submittedAt().toLocalDate().plusDays(settings.readableDaysAfterSubmission()).atTime(LocalTime.MAX);
    }

    /**
     * The dossier's own unit is the only scope an assignment opens: the unit's name is read within it, nothing else.
     */
    private Optional<MyReview> toMyReview(Expert me, Assignment a) {
        return dossiers.findAssignedTo(me.id(), a.dossierId()).map(d -> {
            TenantScope ofDossier = new TenantScope.OfUnit(d.tenantId(), d.unitId());
            String unit = units.findById(ofDossier, d.unitId()).map(HostUnit::name).orElse("");
            return new MyReview(a, d.id(), d.kind(), unit, d.content().facts().name(), readableUntil(a));
        });
    }

    private Optional<Expert> me() {
        PortalUser user = currentUser.require();
        return experts.findByAccount(user.accountId()).filter(Expert::active);
    }

    private LocalDateTime now() {
        return LocalDateTime.now(clock);
    }
}
