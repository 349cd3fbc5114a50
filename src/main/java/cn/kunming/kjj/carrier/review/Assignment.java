package cn.kunming.kjj.carrier.review;

import java.math.BigDecimal;
import java.time.LocalDateTime;

/** One expert on one dossier, from assignment through declaration to the submitted score sheet. */
public record Assignment(long id, long dossierId, long expertId, String expertName, AssignmentStatus status,
                         String assignedBy, LocalDateTime assignedAt, LocalDateTime declaredAt, String releasedReason,
                         ScoreSheet sheet, BigDecimal weightedScore, LocalDateTime submittedAt, int version) {
}
