package cn.kunming.kjj.carrier.majorchange;

import cn.kunming.kjj.carrier.common.UnitId;
import cn.kunming.kjj.carrier.common.CarrierId;
import org.jspecify.annotations.Nullable;
import cn.kunming.kjj.carrier.common.TenantId;
import cn.kunming.kjj.carrier.eligibility.Facts;

import java.time.LocalDate;
import java.time.LocalDateTime;

/**
 * A major change filed by a carrier's unit (G6.1): what changed and when, the facts as they now stand, the
 * deadline (three months, Civil Code convention) and how late it was filed; then the district's opinion and the
 * bureau's decision (G6.2).
 */
public record MajorChange(long id, CarrierId carrierId, String carrierName, UnitId unitId, TenantId tenantId, ChangeType type,
                          LocalDate changedOn, String description, @Nullable Facts facts, @Nullable String newName, @Nullable String newCreditCode,
                          @Nullable String newHead, LocalDate dueOn, boolean dueEstimated, String filedBy, LocalDateTime filedAt,
                          ChangeStatus status, String districtOpinion, String districtBy,
                          Boolean stillEligible, String ruleSetVersion, ChangeDecision decision, String decisionReason,
                          String decidedBy, LocalDateTime decidedAt, int version) {

    /** Days between the deadline and the filing; 0 when filed on time. */
    public int daysLate() {
        return (int) Math.max(0, java.time.temporal.ChronoUnit.DAYS.between(dueOn, filedAt.toLocalDate()));
    }
}
