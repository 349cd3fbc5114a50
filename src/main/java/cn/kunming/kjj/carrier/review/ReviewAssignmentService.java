package cn.kunming.kjj.carrier.review;

import org.jspecify.annotations.Nullable;
import cn.kunming.kjj.carrier.expertreview.RecordedDraw;
import cn.kunming.kjj.carrier.expertreview.ExpertDraw;
import cn.kunming.kjj.carrier.common.CallId;
import cn.kunming.kjj.carrier.common.SearchTerm;
import cn.kunming.kjj.carrier.common.ExpertId;
import cn.kunming.kjj.carrier.common.DossierId;
import cn.kunming.kjj.carrier.audit.AuditAction;
import cn.kunming.kjj.carrier.audit.AuditEntry;
import cn.kunming.kjj.carrier.audit.AuditedEntity;
import cn.kunming.kjj.carrier.audit.AuditLog;
import cn.kunming.kjj.carrier.common.CarrierKind;
import cn.kunming.kjj.carrier.common.ConcurrentEditException;
import cn.kunming.kjj.carrier.common.MessageKey;
import cn.kunming.kjj.carrier.common.Messages;
import cn.kunming.kjj.carrier.common.NotFoundException;
import cn.kunming.kjj.carrier.common.PortalException;
import cn.kunming.kjj.carrier.credit.CheckOccasion;
import cn.kunming.kjj.carrier.dossier.Dossier;
import cn.kunming.kjj.carrier.dossier.DossierFilter;
import cn.kunming.kjj.carrier.dossier.DossierRow;
import cn.kunming.kjj.carrier.dossier.DossierSort;
import cn.kunming.kjj.carrier.dossier.DossierStatus;
import cn.kunming.kjj.carrier.dossier.Dossiers;
import cn.kunming.kjj.carrier.expert.Expert;
import cn.kunming.kjj.carrier.expert.ExpertFields;
import cn.kunming.kjj.carrier.expert.Experts;
import cn.kunming.kjj.carrier.expertreview.Assignment;
import cn.kunming.kjj.carrier.expertreview.Assignments;
import cn.kunming.kjj.carrier.expertreview.Criterion;
import cn.kunming.kjj.carrier.expertreview.ExpertAssignments;
import cn.kunming.kjj.carrier.expertreview.ExpertConflicts;
import cn.kunming.kjj.carrier.expertreview.ReviewSettings;
import cn.kunming.kjj.carrier.expertreview.ScoreCriteriaService;
import cn.kunming.kjj.carrier.expertreview.ScoreExport;
import cn.kunming.kjj.carrier.expertreview.Subject;
import cn.kunming.kjj.carrier.expertreview.SubjectType;
import cn.kunming.kjj.carrier.security.Access;
import cn.kunming.kjj.carrier.security.CurrentUser;
import cn.kunming.kjj.carrier.security.TenantScope;
import cn.kunming.kjj.carrier.tenant.HostUnit;
import cn.kunming.kjj.carrier.tenant.HostUnits;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.LocalDate;
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
    /** What waits for experts first (statuses in pipeline order), then the latest. */
    private static final DossierSort BOARD_ORDER = DossierSort.WAITING_FIRST;

    private final Dossiers dossiers;
    private final ExpertAssignments engine;
    private final Assignments assignments;
    private final ScoreCriteriaService criteria;
    private final DossierSubjects subjects;
    private final Experts experts;
    private final HostUnits units;
    private final CurrentUser currentUser;
    private final AuditLog audit;
    private final CreditGate gate;
    private final ReviewSettings settings;

    ReviewAssignmentService(Dossiers dossiers, ExpertAssignments engine, Assignments assignments,
                            ScoreCriteriaService criteria, DossierSubjects subjects, Experts experts, HostUnits units,
                            CurrentUser currentUser, AuditLog audit, CreditGate gate,
                            ReviewSettings settings) {
        this.settings = settings;
        this.dossiers = dossiers;
        this.engine = engine;
        this.assignments = assignments;
        this.criteria = criteria;
        this.subjects = subjects;
        this.experts = experts;
        this.units = units;
        this.currentUser = currentUser;
        this.audit = audit;
        this.gate = gate;
    }

    @PreAuthorize(Access.BUREAU)
    @Transactional(readOnly = true)
    public List<BoardRow> board(CallId callId) {
        return board(callId, null, null, 0, Integer.MAX_VALUE);
    }

    /**
     * One page of the board (issue 25: the list pages in SQL like the others), what waits for experts first; {@code
     * status} narrows it to dossiers in that state now (only the board's states count), {@code text} to those whose
     * name, unit, credit code or number match.
     */
    @PreAuthorize(Access.BUREAU)
    @Transactional(readOnly = true)
    public List<BoardRow> board(CallId callId, @Nullable DossierStatus status, @Nullable SearchTerm text, int offset,
                                int limit) {
        TenantScope scope = currentUser.scope();
        List<DossierRow> page = dossiers.rows(scope, onBoard(callId, status, text), BOARD_ORDER, Math.max(0, offset),
                Math.max(0, limit));
        Map<DossierId, List<Assignment>> byDossier = assignments.of(scope, SubjectType.DOSSIER,
                page.stream().map(d -> d.id().value()).toList()).stream()
                .collect(Collectors.groupingBy(a -> DossierId.of(a.subjectId())));
        return page.stream().map(d -> row(d, byDossier.getOrDefault(d.id(), List.of()))).toList();
    }

    /** How many dossiers the board has for the call (and present status), counted by the database. */
    @PreAuthorize(Access.BUREAU)
    @Transactional(readOnly = true)
    public int boardCount(CallId callId, @Nullable DossierStatus status, @Nullable SearchTerm text) {
        return dossiers.count(currentUser.scope(), onBoard(callId, status, text));
    }

    private static DossierFilter onBoard(CallId callId, @Nullable DossierStatus status, @Nullable SearchTerm text) {
        DossierFilter onBoard = DossierFilter.ofCall(callId).withStatuses(ON_BOARD).withText(text);
        return status == null ? onBoard : onBoard.withStatus(ON_BOARD.contains(status) ? status : DossierStatus.DRAFT);
    }

    @PreAuthorize(Access.BUREAU)
    @Transactional(readOnly = true)
    public List<Assignment> ofDossier(DossierId dossierId) {
        return engine.of(Subject.dossier(dossierId));
    }

    /** Experts who may review the dossier, those covering its fields first. */
    @PreAuthorize(Access.BUREAU)
    @Transactional(readOnly = true)
    public List<Candidate> candidates(DossierId dossierId) {
        TenantScope scope = currentUser.scope();
        Dossier dossier = dossiers.findById(scope, dossierId).orElseThrow(NotFoundException::new);
        return candidates(scope, dossier);
    }

    /** Assigns one expert by hand; refused, naming P4.4, for an expert in conflict with the applicant. */
    @PreAuthorize(Access.BUREAU)
    @Transactional(noRollbackFor = CreditBlockedException.class)
    public void assign(DossierId dossierId, ExpertId expertId) {
        TenantScope scope = currentUser.scope();
        Dossier dossier = assignableDossier(scope, dossierId);
        Expert expert = experts.findById(expertId).orElseThrow(NotFoundException::new);
        HostUnit unit = units.findById(scope, dossier.unitId()).orElseThrow(NotFoundException::new);
        engine.conflict(subjects.of(dossier), expert).ifPresent(key -> {
            throw new PortalException(key, expert.name());
        });
        gate.requireNotListed(unit, submittedOn(scope, dossier), CheckOccasion.ASSIGNMENT, dossier.id());
        insert(scope, dossier, expert);
    }

    /**
     * Fills the dossier up to the configured number of experts by a random draw among the candidates of its field
     * (随机抽取, P4.4), after the avoidance rules, those with fewer open reviews first; the draw is recorded with its seed
     * and candidates. When too few experts of the field are free of conflict, refused with how many are left, and nothing
     * assigned: the bureau widens beyond the field on purpose ({@code widenBeyondField}), the field's experts still
     * first, and each expert from another field is audited as such. Refused when too few experts of any field are free.
     */
    @PreAuthorize(Access.BUREAU)
    @Transactional(noRollbackFor = CreditBlockedException.class)
    public DrawnExperts propose(DossierId dossierId, boolean widenBeyondField) {
        TenantScope scope = currentUser.scope();
        Dossier dossier = assignableDossier(scope, dossierId);
        int needed = engine.stillNeeded(Subject.dossier(dossierId));
        if (needed > 0) {
            gate.requireNotListed(units.findById(scope, dossier.unitId()).orElseThrow(NotFoundException::new),
                    submittedOn(scope, dossier), CheckOccasion.ASSIGNMENT, dossier.id());
        }
        if (needed <= 0) {
            return DrawnExperts.none();
        }
        List<Candidate> candidates = candidates(scope, dossier);
        List<String> fields = dossierFields(dossier);
        long inField = candidates.stream().filter(c -> inField(fields, c)).count();
        if (inField < needed && !widenBeyondField) {
            throw new PortalException("review.notEnoughInField", String.join("、", fields), needed, inField);
        }
        if (candidates.size() < needed) {
            throw new PortalException("review.notEnoughExperts", needed, candidates.size());
        }
        boolean widened = inField < needed;
        List<ExpertDraw.Entrant> entrants = candidates.stream().filter(c -> widened || inField(fields, c))
                .map(c -> new ExpertDraw.Entrant(c.expert().id(), inField(fields, c), c.load())).toList();
        RecordedDraw draw = engine.draw(subjects.of(dossier), entrants, needed, widened);
        Map<ExpertId, Candidate> byId = candidates.stream().collect(Collectors.toMap(c -> c.expert().id(), c -> c));
        List<Expert> chosen = new ArrayList<>();
        for (ExpertId id : draw.chosen()) {
            Candidate c = byId.get(id);
            if (c == null) {
                throw new IllegalStateException("the draw chose " + id + ", who was no candidate");
            }
            insert(scope, dossier, c.expert(), "; drawn at random (draw #" + draw.id() + ")" + (inField(fields, c) ? ""
                    : "; widened beyond the field " + String.join("/", fields) + " on purpose"));
            chosen.add(c.expert());
        }
        return new DrawnExperts(List.copyOf(chosen), draw);
    }

    /** The random draws made for the dossier, each with its seed and candidates, oldest first. */
    @PreAuthorize(Access.BUREAU)
    @Transactional(readOnly = true)
    public List<RecordedDraw> draws(DossierId dossierId) {
        dossiers.findById(currentUser.scope(), dossierId).orElseThrow(NotFoundException::new);
        return engine.draws(Subject.dossier(dossierId));
    }

    private static boolean inField(List<String> fields, Candidate c) {
        return fields.isEmpty() || c.fieldMatches() > 0;
    }

    /** Takes an expert off a dossier before its sheet is in (e.g. it cannot attend); the dossier then needs another. */
    @PreAuthorize(Access.BUREAU)
    @Transactional
    public void release(long assignmentId, String reason) {
        engine.release(assignmentId, reason);
    }

    /** Every submitted sheet of a call with each criterion and comment, as .xlsx. */
    @PreAuthorize(Access.BUREAU)
    @Transactional
    public byte[] exportScores(CallId callId) {
        TenantScope scope = currentUser.scope();
        List<BoardRow> rows = board(callId);
        Map<CarrierKind, List<Criterion>> byKind = new java.util.EnumMap<>(CarrierKind.class);
        for (CarrierKind kind : CarrierKind.values()) {
            byKind.put(kind, criteria.criteria(kind));
        }
        audit.record(AuditEntry.of(AuditAction.SCORES_EXPORTED, AuditedEntity.CALL, callId).rule("P4.4")
                .detail(rows.size() + " dossiers"));
        return ScoreExport.write(rows.stream().map(r -> new ScoreExport.Row(r.unitName(), r.dossier().kind(),
                java.util.Objects.requireNonNullElse(r.dossier().name(), ""), Messages.chinese(r.dossier().status().messageKey()),
                r.assignments(), r.summary())).toList(), byKind);
    }

    private BoardRow row(DossierRow d, List<Assignment> list) {
        int needed = ASSIGNABLE.contains(d.status()) ? settings.stillNeeded(list) : 0;
        return new BoardRow(d, d.unitName() == null ? "#" + d.unitId() : d.unitName(), list, settings.summary(list),
                needed);
    }

    private List<Candidate> candidates(TenantScope scope, Dossier dossier) {
        HostUnit unit = units.findById(scope, dossier.unitId()).orElseThrow(NotFoundException::new);
        List<String> fields = dossierFields(dossier);
        List<ExpertId> assigned = engine.of(Subject.dossier(dossier.id())).stream().filter(a -> a.status().active())
                .map(Assignment::expertId).toList();
        Map<ExpertId, Integer> loads = engine.openLoads();
        List<Candidate> result = new ArrayList<>();
        for (Expert e : experts.findAll()) {
            if (ExpertConflicts.reason(e, unit, experts.conflictUnits(e.id()), assigned.contains(e.id())).isEmpty()) {
                result.add(new Candidate(e, e.matches(fields), loads.getOrDefault(e.id(), 0)));
            }
        }
        result.sort(Comparator.comparingLong(Candidate::fieldMatches).reversed()
                .thenComparingInt(Candidate::load).thenComparing(c -> c.expert().id()));
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

    private Dossier assignableDossier(TenantScope scope, DossierId dossierId) {
        Dossier dossier = dossiers.findById(scope, dossierId).orElseThrow(NotFoundException::new);
        if (!ASSIGNABLE.contains(dossier.status())) {
            throw new PortalException("review.illegalTransition", "P4.4", new MessageKey(dossier.status().messageKey()),
                    new MessageKey(DossierStatus.UNDER_EXPERT_REVIEW.messageKey()));
        }
        return dossier;
    }

    private void insert(TenantScope scope, Dossier dossier, Expert expert) {
        insert(scope, dossier, expert, "");
    }

    private void insert(TenantScope scope, Dossier dossier, Expert expert, String note) {
        engine.assign(subjects.of(dossier), expert, note);
        Dossier current = dossiers.findById(scope, dossier.id()).orElseThrow();
        if (current.status() == DossierStatus.RECOMMENDED && !dossiers.moveStatus(scope, dossier.id(),
                DossierStatus.RECOMMENDED, DossierStatus.UNDER_EXPERT_REVIEW, null)) {
            throw new ConcurrentEditException("DOSSIER", dossier.id());
        }
    }
}
