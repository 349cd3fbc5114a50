package cn.kunming.kjj.carrier.carrier;

import cn.kunming.kjj.carrier.common.CarrierId;
import org.jspecify.annotations.Nullable;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;

/** The records of a carrier's dynamic management (Art. 5), as its file shows them. */
public final class ManagementRecords {

    private ManagementRecords() {
    }

    public enum FilingStatus {
        FILED, REVOKED;

        public String messageKey() {
            return "filingStatus." + name();
        }
    }

    /** A provincial filing decision as recorded by an officer (M5.2, M5.3(2)). */
    public record ProvincialFiling(long id, CarrierId carrierId, FilingStatus status, String documentNumber,
                                   LocalDate decidedOn, @Nullable String reason, @Nullable String evidenceName,
                                   @Nullable String evidenceSha256, String recordedBy, LocalDateTime recordedAt) {
    }

    public enum SubsidyStatus { PREPARED, APPROVED }

    /** The one-time subsidy (M5.2): prepared by one officer, approved by another. */
    public record Subsidy(long id, CarrierId carrierId, BigDecimal amountYuan, LocalDate disbursedOn, String voucherNumber,
                          SubsidyStatus status, String preparedBy, LocalDateTime preparedAt, @Nullable String approvedBy,
                          @Nullable LocalDateTime approvedAt, int version) {
    }

    public enum DisqualificationStatus {
        PROPOSED, CONFIRMED, DISMISSED;

        public String messageKey() {
            return "disqualificationStatus." + name();
        }
    }

    /** A proposal to disqualify; the decision's parts are empty until the bureau decides. */
    public record Disqualification(long id, CarrierId carrierId, String carrierName, Ground ground, String detail,
                                   @Nullable String evidenceName, @Nullable String evidenceSha256,
                                   DisqualificationStatus status, String proposedBy, LocalDateTime proposedAt,
                                   @Nullable String decidedBy, @Nullable LocalDateTime decidedAt,
                                   @Nullable String decisionReason, @Nullable LocalDate effectiveOn,
                                   @Nullable String auditFollowUp, int version) {
    }

    public record Payment(BigDecimal amountYuan, LocalDate paidOn, String recordedBy) {
    }

    /** Money to recover after a disqualification (M5.4). */
    /** What a disqualified carrier owes back (M5.4): the bureau's decision, its reason, and each payment. */
    public record Recovery(long id, CarrierId carrierId, BigDecimal amountDueYuan, List<Payment> payments,
                           RecoveryDecision decision, @Nullable String decisionReason) {

        public BigDecimal recovered() {
            return payments.stream().map(Payment::amountYuan).reduce(BigDecimal.ZERO, BigDecimal::add);
        }

        public BigDecimal outstanding() {
            return amountDueYuan.subtract(recovered());
        }
    }

    public record StatusChange(@Nullable CarrierStatus from, CarrierStatus to, LocalDate changedOn, String reason,
                               String changedBy, LocalDateTime changedAt) {
    }
}
