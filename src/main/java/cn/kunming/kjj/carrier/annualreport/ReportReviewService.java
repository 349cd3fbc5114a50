package cn.kunming.kjj.carrier.annualreport;

import cn.kunming.kjj.carrier.common.ContentStream;
import cn.kunming.kjj.carrier.common.ReportId;
import cn.kunming.kjj.carrier.common.ExpertId;
import cn.kunming.kjj.carrier.annualreport.repository.ReportRepository;
import cn.kunming.kjj.carrier.common.NotFoundException;
import cn.kunming.kjj.carrier.common.PortalException;
import cn.kunming.kjj.carrier.expert.Expert;
import cn.kunming.kjj.carrier.expert.Experts;
import cn.kunming.kjj.carrier.expertreview.Assignment;
import cn.kunming.kjj.carrier.expertreview.ExpertAssignments;
import cn.kunming.kjj.carrier.expertreview.ExpertWork;
import cn.kunming.kjj.carrier.expertreview.ScoreSummary;
import cn.kunming.kjj.carrier.expertreview.Subject;
import cn.kunming.kjj.carrier.security.Access;
import cn.kunming.kjj.carrier.security.CurrentUser;
import cn.kunming.kjj.carrier.security.TenantScope;
import cn.kunming.kjj.carrier.storage.AttachmentStore;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.util.List;

/**
 * Expert evaluation of yearly reports (M5.1), on the one review engine of dossier review: the same conflict rules,
 * declaration before any content, and the kind's score sheet. Here: which reports may be assigned (submitted ones),
 * and what the expert reads once the engine lets it. The bureau then records the year's result with the experts'
 * mean beside it.
 */
@Service
public class ReportReviewService {

    /** The experts' content right is the assignment: the report itself is read for it, not through a tenant. */
    private static final TenantScope THROUGH_ASSIGNMENT = new TenantScope.All();

    private final ExpertAssignments engine;
    private final ExpertWork work;
    private final ReportSubjects subjects;
    private final ReportRepository reports;
    private final Experts experts;
    private final CurrentUser currentUser;
    private final AttachmentStore store;

    ReportReviewService(ExpertAssignments engine, ExpertWork work, ReportSubjects subjects, ReportRepository reports,
                        Experts experts, CurrentUser currentUser, AttachmentStore store) {
        this.engine = engine;
        this.work = work;
        this.subjects = subjects;
        this.reports = reports;
        this.experts = experts;
        this.currentUser = currentUser;
        this.store = store;
    }

    @PreAuthorize(Access.BUREAU)
    @Transactional
    public Assignment assign(ReportId reportId, ExpertId expertId) {
        AnnualReport report = reports.report(currentUser.scope(), reportId).orElseThrow(NotFoundException::new);
        if (report.status() != ReportStatus.SUBMITTED) {
            throw new PortalException("report.notSubmittedForReview");
        }
        Expert expert = experts.findById(expertId).orElseThrow(NotFoundException::new);
        return engine.assign(subjects.of(report).orElseThrow(NotFoundException::new), expert, "");
    }

    @PreAuthorize(Access.BUREAU)
    @Transactional(readOnly = true)
    public List<Assignment> assignments(ReportId reportId) {
        return engine.of(Subject.report(reportId));
    }

    @PreAuthorize(Access.BUREAU)
    @Transactional(readOnly = true)
    public ScoreSummary summary(ReportId reportId) {
        return engine.summary(Subject.report(reportId));
    }

    /** The report, for an expert who declared no conflict. */
    @PreAuthorize(Access.EXPERT)
    @Transactional(readOnly = true)
    public AnnualReport report(ReportId reportId) {
        work.contentAccess(Subject.report(reportId));
        return reports.report(THROUGH_ASSIGNMENT, reportId).orElseThrow(NotFoundException::new);
    }

    @PreAuthorize(Access.EXPERT)
    @Transactional(readOnly = true)
    public List<ReportFile> files(ReportId reportId) {
        report(reportId);
        return reports.files(reportId);
    }

    @PreAuthorize(Access.EXPERT)
    @Transactional(readOnly = true)
    public ContentStream fileContent(ReportId reportId, long fileId) {
        return store.open(files(reportId).stream().filter(f -> f.id() == fileId).findFirst()
                .orElseThrow(NotFoundException::new).sha256());
    }
}
