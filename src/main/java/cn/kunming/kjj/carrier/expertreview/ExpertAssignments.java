package cn.kunming.kjj.carrier.expertreview;

import cn.kunming.kjj.carrier.common.ExpertId;
import cn.kunming.kjj.carrier.audit.AuditAction;
import cn.kunming.kjj.carrier.audit.AuditEntry;
import cn.kunming.kjj.carrier.audit.AuditLog;
import cn.kunming.kjj.carrier.common.ConcurrentEditException;
import cn.kunming.kjj.carrier.common.MessageKey;
import cn.kunming.kjj.carrier.common.NotFoundException;
import cn.kunming.kjj.carrier.common.PortalException;
import cn.kunming.kjj.carrier.expert.Expert;
import cn.kunming.kjj.carrier.expert.Experts;
import cn.kunming.kjj.carrier.expertreview.repository.AssignmentRepository;
import cn.kunming.kjj.carrier.security.Access;
import cn.kunming.kjj.carrier.security.CurrentUser;
import cn.kunming.kjj.carrier.security.TenantScope;
import cn.kunming.kjj.carrier.tenant.HostUnit;
import cn.kunming.kjj.carrier.tenant.HostUnits;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.time.LocalDateTime;
import java.util.Map;
import java.util.List;
import java.util.Optional;

/**
 * The bureau's side of every expert review (P4.4, M5.1): who is on a subject, never in conflict with its unit; taking
 * an expert off before its sheet is in; the experts' summary. Which subjects may be assigned at all is the subject
 * feature's rule, checked before it calls here.
 */
@Service
public class ExpertAssignments {

    /** Draw seeds nobody can predict; the seed is kept with the draw, so predictability is not needed to replay it. */
    private static final java.security.SecureRandom SEEDS = new java.security.SecureRandom();

    private final AssignmentRepository assignments;
    private final Experts experts;
    private final HostUnits units;
    private final ReviewSettings settings;
    private final CurrentUser currentUser;
    private final AuditLog audit;
    private final Clock clock;

    ExpertAssignments(AssignmentRepository assignments, Experts experts, HostUnits units, ReviewSettings settings,
                      CurrentUser currentUser, AuditLog audit, Clock clock) {
        this.assignments = assignments;
        this.experts = experts;
        this.units = units;
        this.settings = settings;
        this.currentUser = currentUser;
        this.audit = audit;
        this.clock = clock;
    }

    /** Why the expert may not review the subject, if it may not: the message key of the conflict. */
    @PreAuthorize(Access.BUREAU)
    @Transactional(readOnly = true)
    public Optional<String> conflict(ReviewSubject subject, Expert expert) {
        boolean onIt = assignments.of(currentUser.scope(), subject.subject()).stream()
                .anyMatch(a -> a.expertId().equals(expert.id()) && a.status().active());
        return ExpertConflicts.reason(expert, unit(subject), experts.conflictUnits(expert.id()), onIt);
    }

    /** Each expert's open reviews (assigned or accepted, any subject): the load the bureau sees and the draw weighs. */
    @PreAuthorize(Access.BUREAU)
    @Transactional(readOnly = true)
    public Map<ExpertId, Integer> openLoads() {
        return assignments.openLoads();
    }

    /**
     * Draws {@code needed} of the eligible experts at random (随机抽取, P4.4) with a fresh seed, and keeps the draw on
     * record with its seed and candidates so that it can be replayed ({@link RecordedDraw#replay}). The caller has
     * applied the avoidance rules; it assigns the experts drawn.
     */
    @PreAuthorize(Access.BUREAU)
    @Transactional
    public RecordedDraw draw(ReviewSubject subject, List<ExpertDraw.Entrant> entrants, int needed, boolean widened) {
        if (needed < 1) {
            throw new PortalException("draw.nothingNeeded", subject.subject().type().rule());
        }
        long seed = SEEDS.nextLong();
        List<ExpertId> chosen = ExpertDraw.draw(entrants, needed, seed);
        String candidates = ExpertDraw.describe(entrants);
        String by = currentUser.require().username();
        LocalDateTime at = LocalDateTime.now(clock);
        long id = assignments.insertDraw(subject.subject(), seed, candidates, chosen, widened, by, at);
        audit.record(AuditEntry.of(AuditAction.EXPERTS_DRAWN, subject.subject().type().entity(), subject.subject().id())
                .tenant(subject.tenantId()).rule(subject.subject().type().rule())
                .detail("draw #" + id + ", seed " + seed + ", " + entrants.size() + " eligible"
                        + (widened ? " (widened beyond the field)" : "") + ", chosen " + chosen));
        return new RecordedDraw(id, subject.subject(), seed, candidates, chosen, widened, by, at);
    }

    /** The draws made for a subject, oldest first. */
    @PreAuthorize(Access.BUREAU)
    @Transactional(readOnly = true)
    public List<RecordedDraw> draws(Subject subject) {
        return assignments.draws(subject);
    }

    /** Puts the expert on the subject; refused, naming the conflict, for an expert who may not review it. */
    @PreAuthorize(Access.BUREAU)
    @Transactional
    public Assignment assign(ReviewSubject subject, Expert expert, String note) {
        conflict(subject, expert).ifPresent(key -> {
            throw new PortalException(key, expert.name());
        });
        long id = assignments.insert(subject, expert.id(), currentUser.require().username(), LocalDateTime.now(clock));
        audit.record(AuditEntry.of(AuditAction.EXPERT_ASSIGNED, subject.subject().type().entity(), subject.subject().id())
                .tenant(subject.tenantId()).rule(subject.subject().type().rule())
                .detail(expert.name() + " (#" + expert.id() + ")" + (note == null ? "" : note)));
        return assignments.findById(currentUser.scope(), id).orElseThrow();
    }

    @PreAuthorize(Access.BUREAU)
    @Transactional(readOnly = true)
    public List<Assignment> of(Subject subject) {
        return assignments.of(currentUser.scope(), subject);
    }

    /** How many more experts the subject needs to reach the configured number. */
    @PreAuthorize(Access.BUREAU)
    @Transactional(readOnly = true)
    public int stillNeeded(Subject subject) {
        return settings.stillNeeded(of(subject));
    }

    @PreAuthorize(Access.BUREAU)
    @Transactional(readOnly = true)
    public ScoreSummary summary(Subject subject) {
        return settings.summary(of(subject));
    }

    /** Takes an expert off a subject before its sheet is in (e.g. it cannot attend); the subject then needs another. */
    @PreAuthorize(Access.BUREAU)
    @Transactional
    public void release(long assignmentId, String reason) {
        TenantScope scope = currentUser.scope();
        Assignment a = assignments.findById(scope, assignmentId).orElseThrow(NotFoundException::new);
        if (reason == null || reason.isBlank()) {
            throw new PortalException("review.releaseReasonMissing");
        }
        if (a.status() != AssignmentStatus.ASSIGNED && a.status() != AssignmentStatus.ACCEPTED) {
            throw new PortalException("review.cannotRelease", new MessageKey(a.status().messageKey()));
        }
        if (!assignments.changeStatus(a.id(), a.version(), a.status(), AssignmentStatus.RELEASED,
                LocalDateTime.now(clock), reason.strip())) {
            throw new ConcurrentEditException("ASSIGNMENT", assignmentId);
        }
        SubjectType type = a.subject().type();
        audit.record(AuditEntry.of(AuditAction.EXPERT_RELEASED, type.entity(), a.subjectId())
                .tenant(a.tenantId()).rule(type.rule()).detail(a.expertName() + ": " + reason.strip()));
    }

    private HostUnit unit(ReviewSubject subject) {
        return units.findById(new TenantScope.OfUnit(subject.tenantId(), subject.unitId()), subject.unitId())
                .orElseThrow(NotFoundException::new);
    }
}
