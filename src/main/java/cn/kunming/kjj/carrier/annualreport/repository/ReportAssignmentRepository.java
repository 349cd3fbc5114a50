package cn.kunming.kjj.carrier.annualreport.repository;

import cn.kunming.kjj.carrier.annualreport.ReportAssignment;

import cn.kunming.kjj.carrier.annualreport.AnnualReport;
import cn.kunming.kjj.carrier.review.AssignmentStatus;
import cn.kunming.kjj.carrier.review.ScoreSheet;
import cn.kunming.kjj.carrier.security.TenantScope;

import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;

/** Officers read report assignments in scope; an expert reads its own by the expert id of its account. */
public interface ReportAssignmentRepository {

    long insert(AnnualReport report, long expertId, String by, LocalDateTime at);

    List<ReportAssignment> ofReport(TenantScope scope, long reportId);

    List<ReportAssignment> ofExpert(long expertId);

    Optional<ReportAssignment> ofExpert(long expertId, long reportId);

    boolean declare(long id, int version, AssignmentStatus to, LocalDateTime at, String reason);

    boolean submit(long id, int version, ScoreSheet sheet, BigDecimal weighted, LocalDateTime at);
}
