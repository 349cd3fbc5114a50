package cn.kunming.kjj.carrier.review;

import cn.kunming.kjj.carrier.audit.AuditAction;
import cn.kunming.kjj.carrier.audit.AuditEntry;
import cn.kunming.kjj.carrier.audit.AuditedEntity;
import cn.kunming.kjj.carrier.audit.AuditLog;
import cn.kunming.kjj.carrier.common.CarrierKind;
import cn.kunming.kjj.carrier.common.ConcurrentEditException;
import cn.kunming.kjj.carrier.common.MessageKey;
import cn.kunming.kjj.carrier.common.NotFoundException;
import cn.kunming.kjj.carrier.common.PortalException;
import cn.kunming.kjj.carrier.credit.CheckOccasion;
import cn.kunming.kjj.carrier.dossier.Dossier;
import cn.kunming.kjj.carrier.dossier.DossierStatus;
import cn.kunming.kjj.carrier.dossier.Dossiers;
import cn.kunming.kjj.carrier.expert.Expert;
import cn.kunming.kjj.carrier.expert.ExpertFields;
import cn.kunming.kjj.carrier.expert.Experts;
import cn.kunming.kjj.carrier.review.repository.AssignmentRepository;
import cn.kunming.kjj.carrier.security.Access;
import cn.kunming.kjj.carrier.security.CurrentUser;
import cn.kunming.kjj.carrier.security.PortalUser;
import cn.kunming.kjj.carrier.security.TenantScope;
import cn.kunming.kjj.carrier.tenant.HostUnit;
import cn.kunming.kjj.carrier.tenant.HostUnits;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The bureau's side of expert review (P4.4): who reviews which recommended dossier, proposed by field and never
 * in conflict; the score summaries; the criteria of the score sheet; the export of every score.
 */
@Service
public class ReviewAssignmentService {

    private static final Set<DossierStatus> ON_BOARD = EnumSet.of(DossierStatus.RECOMMENDED,
            DossierStatus.UNDER_EXPERT_REVIEW, DossierStatus.REVIEWED, DossierStatus.PROPOSED, DossierStatus.REJECTED,
            DossierStatus.IN_PUBLIC_NOTICE, DossierStatus.APPROVED);
    private static final Set<DossierStatus> ASSIGNABLE = EnumSet.of(DossierStatus.RECOMMENDED,
            DossierStatus.UNDER_EXPERT_REVIEW);

    private final Dossiers dossiers;
    private final AssignmentRepository assignments;
    private final Experts experts;
    private final HostUnits units;
    private final ReviewSettings settings;
    private final CurrentUser currentUser;
    private final AuditLog audit;
    private final Clock clock;
    private final CreditGate gate;

    ReviewAssignmentService(Dossiers dossiers, AssignmentRepository assignments, Experts experts,
                            HostUnits units, ReviewSettings settings, CurrentUser currentUser,
                            AuditLog audit, Clock clock, CreditGate gate) {
        this.gate = gate;
        this.dossiers = dossiers;
        this.assignments = assignments;
        this.experts = experts;
        this.units = units;
        this.settings = settings;
        this.currentUser = currentUser;
        this.audit = audit;
        this.clock = clock;
    }

    @PreAuthorize(Access.BUREAU)
    @Transactional(readOnly = true)
    public List<BoardRow> board(long callId) {
        TenantScope scope = currentUser.scope();
        Map<Long, List<Assignment>> byDossier = assignments.ofCall(scope, callId).stream()
                .collect(Collectors.groupingBy(Assignment::dossierId));
        return dossiers.find(scope, callId).stream().filter(d -> ON_BOARD.contains(d.status()))
                .map(d -> row(scope, d, byDossier.getOrDefault(d.id(), List.of())))
                .sorted(Comparator.comparing((BoardRow r) -> r.dossier().status()).thenComparing(r -> r.dossier().id()))
                .toList();
    }

    @PreAuthorize(Access.BUREAU)
    @Transactional(readOnly = true)
    public List<Assignment> ofDossier(long dossierId) {
        return assignments.ofDossier(currentUser.scope(), dossierId);
    }

    /** Experts who may review the dossier, those covering its fields first. */
    @PreAuthorize(Access.BUREAU)
    @Transactional(readOnly = true)
    public List<Candidate> candidates(long dossierId) {
        TenantScope scope = currentUser.scope();
        Dossier dossier = dossiers.findById(scope, dossierId).orElseThrow(NotFoundException::new);
        return candidates(scope, dossier);
    }

    /** Assigns one expert by hand; refused, naming P4.4, for an expert in conflict with the applicant. */
    @PreAuthorize(Access.BUREAU)
    @Transactional(noRollbackFor = CreditBlockedException.class)
    public void assign(long dossierId, long expertId) {
        TenantScope scope = currentUser.scope();
        Dossier dossier = assignableDossier(scope, dossierId);
        Expert expert = experts.findById(expertId).orElseThrow(NotFoundException::new);
        HostUnit unit = units.findById(scope, dossier.unitId()).orElseThrow(NotFoundException::new);
        ExpertConflicts.reason(expert, unit, experts.conflictUnits(expertId), onDossier(scope, dossierId, expertId))
                .ifPresent(key -> {
                    throw new PortalException(key, expert.name());
                });
        gate.requireNotListed(unit, submittedOn(scope, dossier), CheckOccasion.ASSIGNMENT, dossier.id());
        insert(scope, dossier, expert);
    }

    /**
     * Fills the dossier up to the configured number of experts from the candidates of its field (P4.4). When too few
     * experts of the field are free of conflict, refused with how many are left, and nothing assigned: the bureau
     * widens beyond the field on purpose ({@code widenBeyondField}), best field match first, and each expert from
     * another field is audited as such. Refused when too few experts of any field are free.
     */
    @PreAuthorize(Access.BUREAU)
    @Transactional(noRollbackFor = CreditBlockedException.class)
    public List<Expert> propose(long dossierId, boolean widenBeyondField) {
        TenantScope scope = currentUser.scope();
        Dossier dossier = assignableDossier(scope, dossierId);
        long active = assignments.ofDossier(scope, dossierId).stream().filter(a -> a.status().active()).count();
        int needed = (int) Math.max(0, settings.expertsPerDossier() - active);
        if (needed > 0) {
            gate.requireNotListed(units.findById(scope, dossier.unitId()).orElseThrow(NotFoundException::new),
                    submittedOn(scope, dossier), CheckOccasion.ASSIGNMENT, dossier.id());
        }
        List<Candidate> candidates = candidates(scope, dossier);
        List<String> fields = dossierFields(dossier);
        long inField = candidates.stream().filter(c -> c.fieldMatches() > 0).count();
        if (!fields.isEmpty() && inField < needed && !widenBeyondField) {
            throw new PortalException("review.notEnoughInField", String.join("、", fields), needed, inField);
        }
        if (candidates.size() < needed) {
            throw new PortalException("review.notEnoughExperts", needed, candidates.size());
        }
        List<Candidate> chosen = candidates.stream().limit(needed).toList();
        chosen.forEach(c -> insert(scope, dossier, c.expert(), fields.isEmpty() || c.fieldMatches() > 0 ? ""
                : "; widened beyond the field " + String.join("/", fields) + " on purpose"));
        return chosen.stream().map(Candidate::expert).toList();
    }

    /** Takes an expert off a dossier before its sheet is in (e.g. it cannot attend); the dossier then needs another. */
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
        if (!assignments.changeStatus(a.id(), a.version(), a.status(), AssignmentStatus.RELEASED, now(), reason.strip())) {
            throw new ConcurrentEditException("ASSIGNMENT", assignmentId);
        }
        Dossier dossier = dossiers.findById(scope, a.dossierId()).orElseThrow();
        audit.record(AuditEntry.of(AuditAction.EXPERT_RELEASED, AuditedEntity.DOSSIER, a.dossierId()).tenant(dossier.tenantId())
                .rule("P4.4").detail(a.expertName() + ": " + reason.strip()));
    }

    @PreAuthorize(Access.BUREAU_OR_EXPERT)
    @Transactional(readOnly = true)
    public List<Criterion> criteria(CarrierKind kind) {
        return assignments.criteria(kind);
    }

    /** Replaces the criteria of a kind; weights must add up to 100, and no dossier of the kind may be in review. */
    @PreAuthorize(Access.BUREAU)
    @Transactional
    public void replaceCriteria(CarrierKind kind, List<Criterion> criteria) {
        if (criteria.isEmpty() || criteria.stream().anyMatch(c -> c.code().isBlank() || c.nameZh().isBlank()
                || c.weight() <= 0)) {
            throw new PortalException("criteria.incomplete");
        }
        if (criteria.stream().map(Criterion::code).distinct().count() != criteria.size()) {
            throw new PortalException("criteria.duplicateCode");
        }
        int total = criteria.stream().mapToInt(Criterion::weight).sum();
        if (total != 100) {
            throw new PortalException("criteria.weightsNot100", total);
        }
        if (assignments.reviewInProgress(kind)) {
            throw new PortalException("criteria.reviewInProgress");
        }
        assignments.replaceCriteria(kind, criteria);
        audit.record(AuditEntry.of(AuditAction.SCORE_CRITERIA_CHANGED, AuditedEntity.SCORE_CRITERIA, kind.name()).rule("P4.4")
                .detail(criteria.stream().map(c -> c.code() + "=" + c.weight()).collect(Collectors.joining(","))));
    }

    /** Replaces the criteria of several kinds at once: all or none. */
    @PreAuthorize(Access.BUREAU)
    @Transactional
    public void replaceCriteria(Map<CarrierKind, List<Criterion>> byKind) {
        byKind.forEach((kind, criteria) -> {
            if (!criteria.equals(assignments.criteria(kind))) {
                replaceCriteria(kind, criteria);
            }
        });
    }

    /** Every submitted sheet of a call with each criterion and comment, as .xlsx. */
    @PreAuthorize(Access.BUREAU)
    @Transactional
    public byte[] exportScores(long callId) {
        TenantScope scope = currentUser.scope();
        List<BoardRow> rows = board(callId);
        Map<CarrierKind, List<Criterion>> criteria = new java.util.EnumMap<>(CarrierKind.class);
        for (CarrierKind kind : CarrierKind.values()) {
            criteria.put(kind, assignments.criteria(kind));
        }
        audit.record(AuditEntry.of(AuditAction.SCORES_EXPORTED, AuditedEntity.CALL, callId).rule("P4.4")
                .detail(rows.size() + " dossiers"));
        return ScoreExport.write(rows, criteria);
    }

    private BoardRow row(TenantScope scope, Dossier d, List<Assignment> list) {
        List<BigDecimal> totals = list.stream().filter(a -> a.status() == AssignmentStatus.SUBMITTED)
                .map(Assignment::weightedScore).toList();
        long active = list.stream().filter(a -> a.status().active()).count();
        int needed = ASSIGNABLE.contains(d.status()) ? (int) Math.max(0, settings.expertsPerDossier() - active) : 0;
        return new BoardRow(d, units.findById(scope, d.unitId()).map(HostUnit::name).orElse("#" + d.unitId()),
                list, ScoreSummary.of(totals, settings.disagreementSpread()), needed);
    }

    private List<Candidate> candidates(TenantScope scope, Dossier dossier) {
        HostUnit unit = units.findById(scope, dossier.unitId()).orElseThrow(NotFoundException::new);
        List<String> fields = dossierFields(dossier);
        List<Long> assigned = assignments.ofDossier(scope, dossier.id()).stream().filter(a -> a.status().active())
                .map(Assignment::expertId).toList();
        List<Candidate> result = new ArrayList<>();
        for (Expert e : experts.findAll()) {
            if (ExpertConflicts.reason(e, unit, experts.conflictUnits(e.id()), assigned.contains(e.id())).isEmpty()) {
                result.add(new Candidate(e, e.matches(fields)));
            }
        }
        result.sort(Comparator.comparingLong(Candidate::fieldMatches).reversed()
                .thenComparing(c -> c.expert().id()));
        return result;
    }

    /** The industry field of the dossier and the fields of its reserve projects. */
    static List<String> dossierFields(Dossier dossier) {
        return Stream.concat(ExpertFields.parse(dossier.content().industryField()).stream(),
                dossier.content().reserveProjects().stream().map(p -> p.field()).filter(f -> f != null && !f.isBlank()))
                .distinct().toList();
    }

    private LocalDate submittedOn(TenantScope scope, Dossier dossier) {
        return dossiers.versions(scope, dossier.id()).getLast().submittedAt().toLocalDate();
    }

    private Dossier assignableDossier(TenantScope scope, long dossierId) {
        Dossier dossier = dossiers.findById(scope, dossierId).orElseThrow(NotFoundException::new);
        if (!ASSIGNABLE.contains(dossier.status())) {
            throw new PortalException("review.illegalTransition", "P4.4", new MessageKey(dossier.status().messageKey()),
                    new MessageKey(DossierStatus.UNDER_EXPERT_REVIEW.messageKey()));
        }
        return dossier;
    }

    private boolean onDossier(TenantScope scope, long dossierId, long expertId) {
        return assignments.ofDossier(scope, dossierId).stream()
                .anyMatch(a -> a.expertId() == expertId && a.status().active());
    }

    private void insert(TenantScope scope, Dossier dossier, Expert expert) {
        insert(scope, dossier, expert, "");
    }

    private void insert(TenantScope scope, Dossier dossier, Expert expert, String note) {
        PortalUser me = currentUser.require();
        assignments.insert(dossier, expert.id(), me.username(), now());
        Dossier current = dossiers.findById(scope, dossier.id()).orElseThrow();
        if (current.status() == DossierStatus.RECOMMENDED && !dossiers.moveStatus(scope, dossier.id(),
                DossierStatus.RECOMMENDED, DossierStatus.UNDER_EXPERT_REVIEW, null)) {
            throw new ConcurrentEditException("DOSSIER", dossier.id());
        }
        audit.record(AuditEntry.of(AuditAction.EXPERT_ASSIGNED, AuditedEntity.DOSSIER, dossier.id()).tenant(dossier.tenantId())
                .rule("P4.4").detail(expert.name() + " (#" + expert.id() + ")" + note));
    }

    private LocalDateTime now() {
        return LocalDateTime.now(clock);
    }
}
