package cn.kunming.kjj.carrier.annualreport.repository;

import cn.kunming.kjj.carrier.common.CarrierId;
import cn.kunming.kjj.carrier.common.ReportId;
import org.jspecify.annotations.Nullable;
import cn.kunming.kjj.carrier.annualreport.AnnualReport;
import cn.kunming.kjj.carrier.annualreport.EvaluationRemark;
import cn.kunming.kjj.carrier.common.TenantId;
import cn.kunming.kjj.carrier.annualreport.YearlyEvaluation;
import cn.kunming.kjj.carrier.annualreport.EvaluationResult;
import cn.kunming.kjj.carrier.annualreport.ReportContent;
import cn.kunming.kjj.carrier.annualreport.ReportStatus;
import cn.kunming.kjj.carrier.annualreport.ReportableCarrier;
import cn.kunming.kjj.carrier.security.TenantScope;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.Optional;

/** Reports and evaluations carry the carrier's tenant and unit and are read in scope. */
public interface ReportRepository {

    /** Carriers on the list (cultivating or provincially filed) in scope. */
    List<ReportableCarrier> activeCarriers(TenantScope scope);

    Optional<ReportableCarrier> carrier(TenantScope scope, CarrierId carrierId);

    List<AnnualReport> reports(TenantScope scope, @Nullable Integer year);

    /** The years each carrier in scope has submitted its report for: what the overdue count needs, without content. */
    Map<CarrierId, Set<Integer>> submittedYears(TenantScope scope);

    List<AnnualReport> reportsOf(TenantScope scope, CarrierId carrierId);

    Optional<AnnualReport> report(TenantScope scope, ReportId id);

    ReportId insert(ReportableCarrier carrier, int year, LocalDate dueOn, ReportContent content, LocalDateTime at);

    boolean save(TenantScope scope, ReportId id, int version, ReportContent content, LocalDateTime at);

    boolean submit(TenantScope scope, ReportId id, int version, ReportContent content, String by, LocalDateTime at);

    boolean returnForRevision(TenantScope scope, ReportId id, int version, String reason);

    List<YearlyEvaluation> evaluationsOf(TenantScope scope, CarrierId carrierId);

    /** The submitted reports in scope whose year has no evaluation yet: the work the inbox counts. */
    java.util.Set<ReportId> awaitingEvaluation(TenantScope scope);

    void upsertEvaluation(ReportableCarrier carrier, int year, BigDecimal score, EvaluationResult result, @Nullable String comment,
                          String by, LocalDateTime at);

    /** Years with a submitted report (for the detection of M5.3(1)). */
    List<Integer> submittedYears(CarrierId carrierId);

    List<YearlyEvaluation> evaluations(CarrierId carrierId);

    long insertFile(AnnualReport report, String fileName, long size, String sha256, String by, LocalDateTime at);

    /** The report's files; unscoped: callers have established the right to read the report. */
    List<cn.kunming.kjj.carrier.annualreport.ReportFile> files(ReportId reportId);

    boolean removeFile(ReportId reportId, long fileId);

    /**
     * An industry authority reads through its fields, not through a tenant scope (decision 0030): the submitted reports
     * of the carriers of these industry fields, each with its carrier's field. No fields, no reports.
     */
    List<FieldReport> submittedInFields(Collection<String> fields);

    /** A submitted report of a carrier in scope of {@link #submittedInFields}, with its carrier's field. */
    record FieldReport(AnnualReport report, String industryField) {
    }

    boolean evaluated(CarrierId carrierId, int year);

    List<EvaluationRemark> remarks(ReportId reportId);

    /** The remarks on every report of the carrier, by year. */
    List<EvaluationRemark> remarksOfCarrier(CarrierId carrierId);

    /** Stores an authority's remark unless it gave one before; false when it had. */
    boolean insertRemark(ReportId reportId, TenantId authority, String remark, String by, LocalDateTime at);

}
