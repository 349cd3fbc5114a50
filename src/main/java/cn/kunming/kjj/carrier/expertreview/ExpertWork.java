package cn.kunming.kjj.carrier.expertreview;

import org.jspecify.annotations.Nullable;
import cn.kunming.kjj.carrier.audit.AuditAction;
import cn.kunming.kjj.carrier.audit.AuditEntry;
import cn.kunming.kjj.carrier.audit.AuditLog;
import cn.kunming.kjj.carrier.common.ConcurrentEditException;
import cn.kunming.kjj.carrier.common.NotFoundException;
import cn.kunming.kjj.carrier.common.PortalException;
import cn.kunming.kjj.carrier.common.TextLimits;
import cn.kunming.kjj.carrier.expert.Expert;
import cn.kunming.kjj.carrier.expert.Experts;
import cn.kunming.kjj.carrier.expertreview.repository.AssignmentRepository;
import cn.kunming.kjj.carrier.security.Access;
import cn.kunming.kjj.carrier.security.CurrentUser;
import org.springframework.context.ApplicationEventPublisher;
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
 * The expert's side of every review (P4.4, M5.1). An expert reaches a subject only through its own assignment: first
 * it declares whether it has a conflict of interest (seeing the unit and the name, never the content); a declared
 * conflict releases the assignment and is remembered for the unit. It then reads and scores, and may read on for a
 * configured number of days after submitting. Anything else is answered as if the subject did not exist.
 */
@Service
public class ExpertWork {

    private final AssignmentRepository assignments;
    private final SubjectSources subjects;
    private final Experts experts;
    private final ReviewSettings settings;
    private final CurrentUser currentUser;
    private final AuditLog audit;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    ExpertWork(AssignmentRepository assignments, SubjectSources subjects, Experts experts, ReviewSettings settings,
               CurrentUser currentUser, AuditLog audit, ApplicationEventPublisher events, Clock clock) {
        this.assignments = assignments;
        this.subjects = subjects;
        this.experts = experts;
        this.settings = settings;
        this.currentUser = currentUser;
        this.audit = audit;
        this.events = events;
        this.clock = clock;
    }

    /** The signed-in expert's assignments of every type that it may still open, newest first. */
    @PreAuthorize(Access.EXPERT)
    @Transactional(readOnly = true)
    public List<MyReview> mine() {
        return me().map(me -> assignments.ofExpert(me.id()).stream().filter(this::readable)
                .map(this::toMyReview).flatMap(Optional::stream).toList()).orElse(List.of());
    }

    @PreAuthorize(Access.EXPERT)
    @Transactional(readOnly = true)
    public MyReview review(Subject subject) {
        return toMyReview(readable(subject)).orElseThrow(NotFoundException::new);
    }

    /**
     * The declaration asked before any content is shown. A conflict releases the assignment, is kept against the
     * unit (no later assignment to it), and leaves the subject needing a replacement. A second declaration — from
     * another tab, or one racing this — is refused the same way.
     */
    @PreAuthorize(Access.EXPERT)
    @Transactional
    public void declare(Subject subject, boolean conflict, String note) {
        Expert me = me().orElseThrow(NotFoundException::new);
        Assignment a = readable(subject);
        if (a.status() != AssignmentStatus.ASSIGNED) {
            throw new PortalException("review.alreadyDeclared");
        }
        if (conflict && (note == null || note.isBlank())) {
            throw new PortalException("review.conflictNeedsNote");
        }
        ReviewSubject s = subjects.find(subject).orElseThrow(NotFoundException::new);
        AssignmentStatus next = conflict ? AssignmentStatus.RELEASED : AssignmentStatus.ACCEPTED;
        String reason = conflict ? "conflict of interest: " + note.strip() : null;
        if (!assignments.changeStatus(a.id(), a.version(), AssignmentStatus.ASSIGNED, next, now(), reason)) {
            throw new PortalException("review.alreadyDeclared");
        }
        if (conflict) {
            experts.insertConflict(me.id(), s.unitId(), note.strip(), now(), currentUser.require().username());
        }
        audit.record(AuditEntry.of(conflict ? AuditAction.CONFLICT_DECLARED : AuditAction.NO_CONFLICT_DECLARED,
                        subject.type().entity(), subject.id()).tenant(s.tenantId()).rule(subject.type().rule())
                .detail(me.name() + (conflict ? ": " + note.strip() : "")));
    }

    /**
     * The assignment that lets the expert read the subject's content: declared free of conflict and still readable.
     * Subject features call this before they show any content.
     */
    @PreAuthorize(Access.EXPERT)
    @Transactional(readOnly = true)
    public Assignment contentAccess(Subject subject) {
        Assignment a = readable(subject);
        if (a.status() == AssignmentStatus.ASSIGNED) {
            throw new PortalException("review.declareFirst");
        }
        return a;
    }

    /** The score sheet's criteria: those of the subject's kind. */
    @PreAuthorize(Access.EXPERT)
    @Transactional(readOnly = true)
    public List<Criterion> criteria(Subject subject) {
        contentAccess(subject);
        return assignments.criteria(subjects.find(subject).orElseThrow(NotFoundException::new).kind());
    }

    @PreAuthorize(Access.EXPERT)
    @Transactional
    public Assignment saveSheet(Subject subject, int version, ScoreSheet sheet) {
        TextLimits.require(sheet);
        Assignment a = accepted(subject);
        if (!assignments.saveSheet(a.id(), version, sheet)) {
            throw new ConcurrentEditException("ASSIGNMENT", a.id());
        }
        return readable(subject);
    }

    /**
     * Submits the sheet; refused while anything is unscored, out of range, or without comments or opinion. The
     * subject's feature hears of it in the same transaction, to complete its review when the last sheet is in.
     */
    @PreAuthorize(Access.EXPERT)
    @Transactional
    public Assignment submitSheet(Subject subject, int version, ScoreSheet sheet) {
        TextLimits.require(sheet);
        Expert me = me().orElseThrow(NotFoundException::new);
        Assignment a = accepted(subject);
        ReviewSubject s = subjects.find(subject).orElseThrow(NotFoundException::new);
        List<Criterion> criteria = assignments.criteria(s.kind());
        List<ScoreSheets.Problem> problems = ScoreSheets.problems(criteria, sheet);
        if (!problems.isEmpty()) {
            ScoreSheets.Problem first = problems.getFirst();
            throw new PortalException(first.key(), first.criterion() == null ? "" : first.criterion().nameZh());
        }
        BigDecimal weighted = ScoreSheets.weighted(criteria, sheet);
        if (!assignments.submitSheet(a.id(), version, sheet, weighted, now())) {
            throw new ConcurrentEditException("ASSIGNMENT", a.id());
        }
        audit.record(AuditEntry.of(AuditAction.SCORE_SHEET_SUBMITTED, subject.type().entity(), subject.id())
                .tenant(s.tenantId()).rule(subject.type().rule())
                .detail(me.name() + ": " + weighted + " " + sheet.opinion()));
        events.publishEvent(new ScoreSheetSubmitted(s));
        return readable(subject);
    }

    private Assignment accepted(Subject subject) {
        Assignment a = contentAccess(subject);
        if (a.status() != AssignmentStatus.ACCEPTED) {
            throw new PortalException("review.sheetAlreadySubmitted");
        }
        return a;
    }

    private Assignment readable(Subject subject) {
        Expert me = me().orElseThrow(NotFoundException::new);
        return assignments.ofExpert(me.id(), subject).filter(this::readable).orElseThrow(NotFoundException::new);
    }

    private boolean readable(Assignment a) {
        return switch (a.status()) {
            case ASSIGNED, ACCEPTED -> true;
            case SUBMITTED -> a.submittedAt() != null && !now().isAfter(until(a.submittedAt()));
            case RELEASED -> false;
        };
    }

    /** Until the end of the configured day after submission: a period counted in whole days, as people read it. */
    private @Nullable LocalDateTime readableUntil(Assignment a) {
        return a.submittedAt() == null ? null : until(a.submittedAt());
    }

    private LocalDateTime until(LocalDateTime submittedAt) {
        return submittedAt.toLocalDate().plusDays(settings.readableDaysAfterSubmission()).atTime(LocalTime.MAX);
    }

    private Optional<MyReview> toMyReview(Assignment a) {
        return subjects.find(a.subject()).map(s -> new MyReview(a, s, readableUntil(a)));
    }

    private Optional<Expert> me() {
        return experts.findByAccount(currentUser.require().accountId()).filter(Expert::active);
    }

    private LocalDateTime now() {
        return LocalDateTime.now(clock);
    }
}
