package cn.kunming.kjj.carrier.annualreport;

import cn.kunming.kjj.carrier.review.AssignmentStatus;
import cn.kunming.kjj.carrier.review.ScoreSheet;

import java.math.BigDecimal;
import java.time.LocalDateTime;

/** One expert on one yearly report (M5.1): assigned, declared free of conflict, scored — as for dossiers. */
public record ReportAssignment(long id, long reportId, long carrierId, String carrierName, int year, long expertId,
                               String expertName, AssignmentStatus status, LocalDateTime assignedAt,
                               ScoreSheet sheet, BigDecimal weightedScore, LocalDateTime submittedAt, int version) {
}
