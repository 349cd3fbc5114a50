package cn.kunming.kjj.carrier.annualreport;

import cn.kunming.kjj.carrier.annualreport.repository.ReportAssignmentRepository;
import cn.kunming.kjj.carrier.annualreport.repository.ReportRepository;
import cn.kunming.kjj.carrier.audit.AuditAction;
import cn.kunming.kjj.carrier.audit.AuditEntry;
import cn.kunming.kjj.carrier.audit.AuditedEntity;
import cn.kunming.kjj.carrier.audit.AuditLog;
import cn.kunming.kjj.carrier.carrier.Carrier;
import cn.kunming.kjj.carrier.carrier.Carriers;
import cn.kunming.kjj.carrier.common.ConcurrentEditException;
import cn.kunming.kjj.carrier.common.NotFoundException;
import cn.kunming.kjj.carrier.common.PortalException;
import cn.kunming.kjj.carrier.expert.Expert;
import cn.kunming.kjj.carrier.expert.Experts;
import cn.kunming.kjj.carrier.review.AssignmentStatus;
import cn.kunming.kjj.carrier.review.Criterion;
import cn.kunming.kjj.carrier.review.ExpertConflicts;
import cn.kunming.kjj.carrier.review.ReviewSettings;
import cn.kunming.kjj.carrier.review.ScoreCriteria;
import cn.kunming.kjj.carrier.review.ScoreSheet;
import cn.kunming.kjj.carrier.review.ScoreSheets;
import cn.kunming.kjj.carrier.review.ScoreSummary;
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
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;

/**
 * Expert evaluation of yearly reports (M5.1) under the rules of dossier review: no expert of the carrier's own unit
 * or with a declared relation; a declaration before any content; the kind's score sheet, complete or refused.
 * The bureau then records the year's result with the experts' mean beside it.
 */
@Service
public class ReportReviewService {

    /** The experts' content right is the assignment: the report itself is read for it, not through a tenant. */
    private static final TenantScope THROUGH_ASSIGNMENT = new TenantScope.All();

    private final ReportAssignmentRepository assignments;
    private final ReportRepository reports;
    private final Experts experts;
    private final HostUnits units;
    private final Carriers carriers;
    private final ScoreCriteria criteria;
    private final ReviewSettings settings;
    private final CurrentUser currentUser;
    private final AuditLog audit;
    private final Clock clock;
    private final cn.kunming.kjj.carrier.storage.AttachmentStore store;

    ReportReviewService(ReportAssignmentRepository assignments, ReportRepository reports, Experts experts,
                        HostUnits units, Carriers carriers, ScoreCriteria criteria,
                        ReviewSettings settings, CurrentUser currentUser, AuditLog audit, Clock clock,
                        cn.kunming.kjj.carrier.storage.AttachmentStore store) {
        this.store = store;
        this.assignments = assignments;
        this.reports = reports;
        this.experts = experts;
        this.units = units;
        this.carriers = carriers;
        this.criteria = criteria;
        this.settings = settings;
        this.currentUser = currentUser;
        this.audit = audit;
        this.clock = clock;
    }

    @PreAuthorize(Access.BUREAU)
    @Transactional
    public void assign(long reportId, long expertId) {
        PortalUser me = currentUser.require();
        AnnualReport report = reports.report(me.scope(), reportId).orElseThrow(NotFoundException::new);
        if (report.status() != ReportStatus.SUBMITTED) {
            throw new PortalException("report.notSubmitted");
        }
        Expert expert = experts.findById(expertId).orElseThrow(NotFoundException::new);
        HostUnit unit = units.findById(me.scope(), report.unitId()).orElseThrow();
        boolean onIt = assignments.ofReport(me.scope(), reportId).stream()
                .anyMatch(a -> a.expertId() == expertId && a.status().active());
        ExpertConflicts.reason(expert, unit, experts.conflictUnits(expertId), onIt).ifPresent(key -> {
            throw new PortalException(key, expert.name());
        });
        assignments.insert(report, expertId, me.username(), LocalDateTime.now(clock));
        audit.record(AuditEntry.of(AuditAction.REPORT_EXPERT_ASSIGNED, AuditedEntity.ANNUAL_REPORT, reportId).tenant(report.tenantId())
                .rule("M5.1").detail(expert.name()));
    }

    @PreAuthorize(Access.BUREAU)
    @Transactional(readOnly = true)
    public List<ReportAssignment> assignments(long reportId) {
        return assignments.ofReport(currentUser.scope(), reportId);
    }

    @PreAuthorize(Access.BUREAU)
    @Transactional(readOnly = true)
    public ScoreSummary summary(long reportId) {
        return ScoreSummary.of(assignments.ofReport(currentUser.scope(), reportId).stream()
                .filter(a -> a.status() == AssignmentStatus.SUBMITTED).map(ReportAssignment::weightedScore).toList(),
                settings.disagreementSpread());
    }

    @PreAuthorize(Access.EXPERT)
    @Transactional(readOnly = true)
    public List<ReportAssignment> mine() {
        return me().map(e -> assignments.ofExpert(e.id()).stream().filter(a -> a.status().active()).toList())
                .orElse(List.of());
    }

    @PreAuthorize(Access.EXPERT)
    @Transactional(readOnly = true)
    public ReportAssignment assignment(long reportId) {
        return own(reportId);
    }

    /** The report, for an expert who declared no conflict. */
    @PreAuthorize(Access.EXPERT)
    @Transactional(readOnly = true)
    public AnnualReport report(long reportId) {
        ReportAssignment a = own(reportId);
        if (a.status() == AssignmentStatus.ASSIGNED) {
            throw new PortalException("review.declareFirst");
        }
        return reports.report(THROUGH_ASSIGNMENT, reportId).orElseThrow(NotFoundException::new);
    }

    @PreAuthorize(Access.EXPERT)
    @Transactional(readOnly = true)
    public List<ReportFile> files(long reportId) {
        report(reportId);
        return reports.files(reportId);
    }

    @PreAuthorize(Access.EXPERT)
    @Transactional(readOnly = true)
    public byte[] fileContent(long reportId, long fileId) {
        return store.get(files(reportId).stream().filter(f -> f.id() == fileId).findFirst()
                .orElseThrow(NotFoundException::new).sha256());
    }

    @PreAuthorize(Access.EXPERT)
    @Transactional(readOnly = true)
    public List<Criterion> criteria(long reportId) {
        ReportAssignment a = own(reportId);
        Carrier carrier = carriers.findById(THROUGH_ASSIGNMENT, a.carrierId()).orElseThrow();
        return criteria.criteria(carrier.kind());
    }

    @PreAuthorize(Access.EXPERT)
    @Transactional
    public void declare(long reportId, boolean conflict, String note) {
        Expert expert = me().orElseThrow(NotFoundException::new);
        ReportAssignment a = own(reportId);
        if (a.status() != AssignmentStatus.ASSIGNED) {
            throw new PortalException("review.alreadyDeclared");
        }
        if (conflict && (note == null || note.isBlank())) {
            throw new PortalException("review.conflictNeedsNote");
        }
        if (!assignments.declare(a.id(), a.version(), conflict ? AssignmentStatus.RELEASED : AssignmentStatus.ACCEPTED,
                LocalDateTime.now(clock), conflict ? note.strip() : null)) {
            throw new ConcurrentEditException("REPORT_ASSIGNMENT", a.id());
        }
        AnnualReport report = reports.report(THROUGH_ASSIGNMENT, reportId).orElseThrow();
        if (conflict) {
            experts.insertConflict(expert.id(), report.unitId(), note.strip(), LocalDateTime.now(clock),
                    currentUser.require().username());
        }
        audit.record(AuditEntry.of(conflict ? AuditAction.CONFLICT_DECLARED : AuditAction.NO_CONFLICT_DECLARED, AuditedEntity.ANNUAL_REPORT, reportId)
                .tenant(report.tenantId()).rule("M5.1").detail(expert.name() + (conflict ? ": " + note.strip() : "")));
    }

    @PreAuthorize(Access.EXPERT)
    @Transactional
    public void submit(long reportId, ScoreSheet sheet) {
        ReportAssignment a = own(reportId);
        if (a.status() != AssignmentStatus.ACCEPTED) {
            throw new PortalException(a.status() == AssignmentStatus.ASSIGNED ? "review.declareFirst" : "review.sheetSubmitted");
        }
        List<Criterion> list = criteria(reportId);
        List<ScoreSheets.Problem> problems = ScoreSheets.problems(list, sheet);
        if (!problems.isEmpty()) {
            throw new PortalException(problems.getFirst().key(),
                    problems.getFirst().criterion() == null ? "" : problems.getFirst().criterion().nameZh());
        }
        BigDecimal weighted = ScoreSheets.weighted(list, sheet);
        if (!assignments.submit(a.id(), a.version(), sheet, weighted, LocalDateTime.now(clock))) {
            throw new ConcurrentEditException("REPORT_ASSIGNMENT", a.id());
        }
        AnnualReport report = reports.report(THROUGH_ASSIGNMENT, reportId).orElseThrow();
        audit.record(AuditEntry.of(AuditAction.REPORT_SCORED, AuditedEntity.ANNUAL_REPORT, reportId).tenant(report.tenantId()).rule("M5.1")
                .detail(a.expertName() + ": " + weighted));
    }

    private ReportAssignment own(long reportId) {
        Expert expert = me().orElseThrow(NotFoundException::new);
        return assignments.ofExpert(expert.id(), reportId).filter(a -> a.status().active())
                .orElseThrow(NotFoundException::new);
    }

    private Optional<Expert> me() {
        return experts.findByAccount(currentUser.require().accountId()).filter(Expert::active);
    }
}
