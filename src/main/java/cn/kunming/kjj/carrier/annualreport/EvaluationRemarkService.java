package cn.kunming.kjj.carrier.annualreport;

import cn.kunming.kjj.carrier.common.ContentStream;
import cn.kunming.kjj.carrier.common.FieldName;
import cn.kunming.kjj.carrier.annualreport.repository.ReportRepository;
import cn.kunming.kjj.carrier.audit.AuditAction;
import cn.kunming.kjj.carrier.audit.AuditEntry;
import cn.kunming.kjj.carrier.audit.AuditLog;
import cn.kunming.kjj.carrier.audit.AuditedEntity;
import cn.kunming.kjj.carrier.authority.AuthorityFields;
import cn.kunming.kjj.carrier.common.CarrierId;
import cn.kunming.kjj.carrier.common.NotFoundException;
import cn.kunming.kjj.carrier.common.PortalException;
import cn.kunming.kjj.carrier.common.ReportId;
import cn.kunming.kjj.carrier.common.TenantId;
import cn.kunming.kjj.carrier.security.Access;
import cn.kunming.kjj.carrier.security.CurrentUser;
import cn.kunming.kjj.carrier.security.PortalUser;
import cn.kunming.kjj.carrier.security.TenantScope;
import cn.kunming.kjj.carrier.storage.AttachmentStore;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;

/**
 * Industry authorities' remarks on yearly reports (M5.1: 由市科技局会同行业主管部门组织专家进行绩效评价). An authority
 * reads the submitted reports of the carriers of its fields and adds one remark to each, until the bureau records that
 * year's evaluation; the bureau reads the remarks on the report's page, beside the experts' scores. A report of another
 * field answers as if it did not exist.
 */
@Service
public class EvaluationRemarkService {

    static final int REMARK_LENGTH = 2000;

    private final ReportRepository reports;
    private final AuthorityFields authorities;
    private final CurrentUser currentUser;
    private final AuditLog audit;
    private final Clock clock;
    private final AttachmentStore store;

    EvaluationRemarkService(ReportRepository reports, AuthorityFields authorities, CurrentUser currentUser,
                            AuditLog audit, Clock clock, AttachmentStore store) {
        this.store = store;
        this.reports = reports;
        this.authorities = authorities;
        this.currentUser = currentUser;
        this.audit = audit;
        this.clock = clock;
    }

    /** The submitted reports of the signed-in authority's fields, newest first; {@link AuthorityReport#awaitsRemark} waits. */
    @PreAuthorize(Access.AUTHORITY)
    @Transactional(readOnly = true)
    public List<AuthorityReport> reports() {
        return reports.submittedInFields(myFields()).stream().map(this::asSeen).toList();
    }

    /** One of them; not found outside the authority's fields or before the report is submitted. */
    @PreAuthorize(Access.AUTHORITY)
    @Transactional(readOnly = true)
    public AuthorityReport report(ReportId reportId) {
        return reports.submittedInFields(myFields()).stream().filter(r -> r.report().id().equals(reportId)).findFirst()
                .map(this::asSeen).orElseThrow(NotFoundException::new);
    }

    /** The files of such a report. */
    @PreAuthorize(Access.AUTHORITY)
    @Transactional(readOnly = true)
    public List<ReportFile> files(ReportId reportId) {
        report(reportId);
        return reports.files(reportId);
    }

    @PreAuthorize(Access.AUTHORITY)
    @Transactional(readOnly = true)
    public ContentStream fileContent(ReportId reportId, long fileId) {
        return store.open(files(reportId).stream().filter(f -> f.id() == fileId).findFirst()
                .orElseThrow(NotFoundException::new).sha256());
    }

    /** Adds the signed-in authority's remark, once, before the bureau records the year's evaluation (M5.1). */
    @PreAuthorize(Access.AUTHORITY)
    @Transactional
    public void remark(ReportId reportId, @Nullable String text) {
        PortalUser me = currentUser.require();
        AuthorityReport seen = report(reportId);
        AnnualReport report = seen.report();
        if (seen.evaluated()) {
            throw new PortalException("remark.afterEvaluation", report.year());
        }
        if (seen.myRemark() != null) {
            throw new PortalException("remark.alreadyGiven");
        }
        String t = text == null ? "" : text.strip();
        if (t.isEmpty()) {
            throw new PortalException("remark.textMissing");
        }
        if (t.length() > REMARK_LENGTH) {
            throw new PortalException("input.tooLongField", new FieldName("remark"), REMARK_LENGTH);
        }
        if (!reports.insertRemark(reportId, me.requireTenant(), t, me.username(), LocalDateTime.now(clock))) {
            throw new PortalException("remark.alreadyGiven");
        }
        audit.record(AuditEntry.of(AuditAction.REPORT_REMARKED, AuditedEntity.ANNUAL_REPORT, reportId)
                .tenant(report.tenantId()).rule("M5.1")
                .detail(me.requireTenant().value() + " on " + report.carrierName() + " " + report.year() + ": " + t));
    }

    /** The authorities' remarks on a report in the bureau's scope, for its evaluation (M5.1). */
    @PreAuthorize(Access.BUREAU)
    @Transactional(readOnly = true)
    public List<EvaluationRemark> remarks(ReportId reportId) {
        TenantScope scope = currentUser.scope();
        reports.report(scope, reportId).orElseThrow(NotFoundException::new);
        return reports.remarks(reportId);
    }

    /**
     * The authorities' remarks on every yearly report of a carrier in the bureau's scope, newest year first: what the
     * bureau weighs when it records an evaluation (M5.1).
     */
    @PreAuthorize(Access.BUREAU)
    @Transactional(readOnly = true)
    public List<EvaluationRemark> remarksOfCarrier(CarrierId carrierId) {
        reports.carrier(currentUser.scope(), carrierId).orElseThrow(NotFoundException::new);
        return reports.remarksOfCarrier(carrierId);
    }

    private List<String> myFields() {
        return authorities.fieldsOf(currentUser.require().requireTenant(), LocalDate.now(clock));
    }

    private AuthorityReport asSeen(ReportRepository.FieldReport r) {
        TenantId me = currentUser.require().requireTenant();
        EvaluationRemark mine = reports.remarks(r.report().id()).stream().filter(x -> x.authorityId().equals(me))
                .findFirst().orElse(null);
        return new AuthorityReport(r.report(), r.industryField(),
                reports.evaluated(r.report().carrierId(), r.report().year()), mine);
    }
}
