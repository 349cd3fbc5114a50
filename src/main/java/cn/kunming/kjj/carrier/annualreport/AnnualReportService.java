package cn.kunming.kjj.carrier.annualreport;

import cn.kunming.kjj.carrier.storage.AttachmentStore;
import cn.kunming.kjj.carrier.common.UploadedFile;
import cn.kunming.kjj.carrier.common.ContentStream;
import org.jspecify.annotations.Nullable;
import cn.kunming.kjj.carrier.common.CarrierId;
import cn.kunming.kjj.carrier.common.ReportId;
import cn.kunming.kjj.carrier.annualreport.repository.ReportRepository;
import cn.kunming.kjj.carrier.audit.AuditAction;
import cn.kunming.kjj.carrier.audit.AuditEntry;
import cn.kunming.kjj.carrier.audit.AuditedEntity;
import cn.kunming.kjj.carrier.audit.AuditLog;
import cn.kunming.kjj.carrier.common.ConcurrentEditException;
import cn.kunming.kjj.carrier.common.NotFoundException;
import cn.kunming.kjj.carrier.common.PortalException;
import cn.kunming.kjj.carrier.common.TextLimits;
import cn.kunming.kjj.carrier.notification.Audience;
import cn.kunming.kjj.carrier.notification.NotificationKind;
import cn.kunming.kjj.carrier.notification.NotificationRequested;
import cn.kunming.kjj.carrier.security.Access;
import cn.kunming.kjj.carrier.security.CurrentUser;
import cn.kunming.kjj.carrier.security.TenantScope;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronizationManager;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Yearly reports (M5.1): every carrier on the list reports on each year by the configured deadline; drafts save,
 * submission locks a version, officers may return a report; the bureau records each year's evaluation.
 */
@Service
public class AnnualReportService {

    private final ReportRepository reports;
    private final ReportDeadlines deadlines;
    private final CurrentUser currentUser;
    private final AuditLog audit;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    private final cn.kunming.kjj.carrier.storage.AttachmentStore store;
    private final OverdueReportCounts overdueCounts;

    AnnualReportService(ReportRepository reports, ReportDeadlines deadlines, CurrentUser currentUser, AuditLog audit,
                        Clock clock, cn.kunming.kjj.carrier.storage.AttachmentStore store,
                        ApplicationEventPublisher events, OverdueReportCounts overdueCounts) {
        this.overdueCounts = overdueCounts;
        this.events = events;
        this.store = store;
        this.reports = reports;
        this.deadlines = deadlines;
        this.currentUser = currentUser;
        this.audit = audit;
        this.clock = clock;
    }

    /**
     * Every report year of every carrier on the list in scope, with its report when started: an applicant's own,
     * a district's tenant's, the bureau's all. Optionally one year only.
     */
    @PreAuthorize(Access.APPLICANT_OR_OFFICERS)
    @Transactional(readOnly = true)
    public List<ReportRow> rows(@Nullable Integer year) {
        return ReportRows.of(reports, deadlines, currentUser.scope(), year, LocalDate.now(clock));
    }

    /** The submitted reports in the officer's scope not yet evaluated (M5.1): the inbox's count, as a list filter. */
    @PreAuthorize(Access.OFFICERS)
    @Transactional(readOnly = true)
    public java.util.Set<ReportId> awaitingEvaluation() {
        return reports.awaitingEvaluation(currentUser.scope());
    }

    /**
     * How many report years in the officer's scope are past their deadline without a submitted report (M5.1,
     * M5.3(1)): the inbox's count, the length of the list filtered to overdue ones.
     */
    @PreAuthorize(Access.OFFICERS)
    @Transactional(readOnly = true)
    public long overdueCount() {
        TenantScope scope = currentUser.scope();
        LocalDate today = LocalDate.now(clock);
        // shared per scope (decision 0042), unless this transaction may hold changes of its own not yet committed
        boolean sharable = !TransactionSynchronizationManager.isActualTransactionActive()
                || TransactionSynchronizationManager.isCurrentTransactionReadOnly();
        return switch (scope) {
            case TenantScope.All all when sharable -> overdueCounts.of(null, today,
                    () -> ReportRows.overdue(reports, deadlines, scope, today));
            case TenantScope.OfTenant own when sharable -> overdueCounts.of(own.tenant(), today,
                    () -> ReportRows.overdue(reports, deadlines, scope, today));
            default -> ReportRows.overdue(reports, deadlines, scope, today);
        };
    }

    /** The report years in scope as .xlsx, with the same filter as the list. */
    @PreAuthorize(Access.APPLICANT_OR_OFFICERS)
    @Transactional
    public byte[] export(Integer year) {
        LocalDate today = LocalDate.now(clock);
        List<ReportRow> rows = rows(year);
        audit.record(AuditEntry.of(AuditAction.REPORTS_EXPORTED, AuditedEntity.ANNUAL_REPORT, "*").rule("M5.1").detail(rows.size() + " rows"));
        return cn.kunming.kjj.carrier.common.XlsxTable.write("年度报告", List.of("载体", "年度", "报送截止", "状态", "提交时间", "逾期"),
                rows.stream().<List<?>>map(r -> java.util.Arrays.asList(r.carrier().name(), r.year(), r.dueOn(),
                        r.report() == null ? "未开始" : cn.kunming.kjj.carrier.common.Messages.chinese(r.report().status().messageKey()),
                        r.report() == null ? null : r.report().submittedAt(), r.overdueOn(today) ? "是" : "否")).toList());
    }

    /** Opens (creating the first time) the report of a carrier of the applicant's unit for a year. */
    @PreAuthorize(Access.APPLICANT)
    @Transactional
    public ReportId open(CarrierId carrierId, int year) {
        TenantScope scope = currentUser.scope();
        ReportableCarrier carrier = reports.carrier(scope, carrierId).orElseThrow(NotFoundException::new);
        if (!deadlines.reportYears(carrier.approvedOn(), LocalDate.now(clock)).contains(year)) {
            throw new PortalException("report.yearNotDue", year);
        }
        return reports.reportsOf(scope, carrierId).stream().filter(r -> r.year() == year).findFirst()
                .map(AnnualReport::id)
                .orElseGet(() -> {
                    ReportId id = reports.insert(carrier, year, deadlines.dueOn(year), ReportContent.empty(),
                            LocalDateTime.now(clock));
                    audit.record(AuditEntry.of(AuditAction.REPORT_STARTED, AuditedEntity.ANNUAL_REPORT, id).tenant(carrier.tenantId())
                            .rule("M5.1").detail(carrier.name() + " " + year));
                    return id;
                });
    }

    @PreAuthorize(Access.APPLICANT_OR_OFFICERS)
    @Transactional(readOnly = true)
    public AnnualReport report(ReportId id) {
        return reports.report(currentUser.scope(), id).orElseThrow(NotFoundException::new);
    }

    @PreAuthorize(Access.APPLICANT)
    @Transactional
    public AnnualReport save(ReportId id, int version, ReportContent content) {
        AnnualReport report = report(id);
        if (!report.status().editable()) {
            throw new PortalException("report.locked");
        }
        TextLimits.require(content);
        if (!reports.save(currentUser.scope(), id, version, content, LocalDateTime.now(clock))) {
            throw new ConcurrentEditException("ANNUAL_REPORT", id);
        }
        return report(id);
    }

    /** Submits the report (M5.1); refused while a section or figure is missing. A late report is accepted. */
    @PreAuthorize(Access.APPLICANT)
    @Transactional
    public AnnualReport submit(ReportId id, int version, ReportContent content) {
        AnnualReport report = report(id);
        if (!report.status().editable()) {
            throw new PortalException("report.locked");
        }
        TextLimits.require(content);
        List<String> missing = content.missing();
        if (!missing.isEmpty()) {
            throw new PortalException("report.missing", new cn.kunming.kjj.carrier.common.MessageKey(missing.getFirst()));
        }
        LocalDateTime now = LocalDateTime.now(clock);
        if (!reports.submit(currentUser.scope(), id, version, content, currentUser.require().username(), now)) {
            throw new ConcurrentEditException("ANNUAL_REPORT", id);
        }
        events.publishEvent(NotificationRequested.of(Audience.district(report.tenantId()), NotificationKind.REPORT_SUBMITTED,
                "reports/" + id, report.carrierName(), String.valueOf(report.year())));
        audit.record(AuditEntry.of(AuditAction.REPORT_SUBMITTED, AuditedEntity.ANNUAL_REPORT, id).tenant(report.tenantId()).rule("M5.1")
                .detail(report.carrierName() + " " + report.year()
                        + (now.toLocalDate().isAfter(report.dueOn()) ? ", late (due " + report.dueOn() + ")" : "")));
        return report(id);
    }

    @PreAuthorize(Access.OFFICERS)
    @Transactional
    public void returnForRevision(ReportId id, String reason) {
        AnnualReport report = report(id);
        if (reason == null || reason.isBlank()) {
            throw new PortalException("report.returnReasonMissing");
        }
        if (report.status() != ReportStatus.SUBMITTED
                || !reports.returnForRevision(currentUser.scope(), id, report.version(), reason.strip())) {
            throw new PortalException("report.notSubmitted");
        }
        events.publishEvent(NotificationRequested.of(Audience.unit(report.unitId()), NotificationKind.REPORT_RETURNED,
                "reports/" + id, report.carrierName(), String.valueOf(report.year()), reason.strip()));
        audit.record(AuditEntry.of(AuditAction.REPORT_RETURNED, AuditedEntity.ANNUAL_REPORT, id).tenant(report.tenantId()).rule("M5.1")
                .detail(reason.strip()));
    }

    /** Attaches a file to a report still being written: PDF, OFD, JPG or PNG by content, at most 20 MB. */
    @PreAuthorize(Access.APPLICANT)
    @Transactional
    public ReportFile attach(ReportId reportId, UploadedFile file) {
        AnnualReport report = report(reportId);
        if (!report.status().editable()) {
            throw new PortalException("report.locked");
        }
        String fileName = file.fileName();
        AttachmentStore.Kept kept = store.keepChecked(file);
        String sha = kept.sha256();
        long id = reports.insertFile(report, fileName, kept.size(), sha, currentUser.require().username(),
                LocalDateTime.now(clock));
        audit.record(AuditEntry.of(AuditAction.REPORT_FILE_ADDED, AuditedEntity.ANNUAL_REPORT, reportId).tenant(report.tenantId())
                .rule("M5.1").detail(fileName + " sha256=" + sha));
        return reports.files(reportId).stream().filter(f -> f.id() == id).findFirst().orElseThrow();
    }

    @PreAuthorize(Access.APPLICANT)
    @Transactional
    public void detach(ReportId reportId, long fileId) {
        AnnualReport report = report(reportId);
        if (!report.status().editable()) {
            throw new PortalException("report.locked");
        }
        if (!reports.removeFile(reportId, fileId)) {
            throw new NotFoundException();
        }
        audit.record(AuditEntry.of(AuditAction.REPORT_FILE_REMOVED, AuditedEntity.ANNUAL_REPORT, reportId).tenant(report.tenantId())
                .rule("M5.1").detail("file " + fileId));
    }

    @PreAuthorize(Access.APPLICANT_OR_OFFICERS)
    @Transactional(readOnly = true)
    public List<ReportFile> files(ReportId reportId) {
        report(reportId);
        return reports.files(reportId);
    }

    @PreAuthorize(Access.APPLICANT_OR_OFFICERS)
    @Transactional(readOnly = true)
    public ContentStream fileContent(ReportId reportId, long fileId) {
        return store.open(files(reportId).stream().filter(f -> f.id() == fileId).findFirst()
                .orElseThrow(NotFoundException::new).sha256());
    }

    @PreAuthorize(Access.APPLICANT_OR_OFFICERS)
    @Transactional(readOnly = true)
    public List<YearlyEvaluation> evaluations(CarrierId carrierId) {
        reports.carrier(currentUser.scope(), carrierId).orElseThrow(NotFoundException::new);
        return reports.evaluationsOf(currentUser.scope(), carrierId);
    }

    /** The bureau's evaluation of a carrier's year (M5.1): a score from 0 to 100 and 合格 or 不合格. */
    @PreAuthorize(Access.BUREAU)
    @Transactional
    public void evaluate(CarrierId carrierId, int year, BigDecimal score, EvaluationResult result, String comment) {
        ReportableCarrier carrier = reports.carrier(currentUser.scope(), carrierId).orElseThrow(NotFoundException::new);
        if (score == null || score.signum() < 0 || score.compareTo(BigDecimal.valueOf(100)) > 0 || result == null) {
            throw new PortalException("evaluation.incomplete");
        }
        if (year < carrier.approvedOn().getYear() || year > LocalDate.now(clock).getYear()) {
            throw new PortalException("report.yearNotDue", year);
        }
        reports.upsertEvaluation(carrier, year, score, result, comment == null ? null : comment.strip(),
                currentUser.require().username(), LocalDateTime.now(clock));
        audit.record(AuditEntry.of(AuditAction.EVALUATION_DECIDED, AuditedEntity.CARRIER, carrierId).tenant(carrier.tenantId()).rule("M5.1")
                .detail(year + ": " + score + " " + result));
    }
}
