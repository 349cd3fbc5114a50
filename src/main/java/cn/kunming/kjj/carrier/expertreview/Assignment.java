package cn.kunming.kjj.carrier.expertreview;

import cn.kunming.kjj.carrier.common.ExpertId;
import cn.kunming.kjj.carrier.common.TenantId;

import java.math.BigDecimal;
import java.time.LocalDateTime;

/** One expert on one subject, from assignment through declaration to the submitted score sheet. */
public record Assignment(long id, Subject subject, TenantId tenantId, ExpertId expertId, String expertName, AssignmentStatus status,
                         String assignedBy, LocalDateTime assignedAt, LocalDateTime declaredAt, String releasedReason,
                         ScoreSheet sheet, BigDecimal weightedScore, LocalDateTime submittedAt, int version) {

    public long subjectId() {
        return subject.id();
    }
}
