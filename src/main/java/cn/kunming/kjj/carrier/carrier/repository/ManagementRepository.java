package cn.kunming.kjj.carrier.carrier.repository;

import cn.kunming.kjj.carrier.common.CarrierId;
import cn.kunming.kjj.carrier.carrier.CarrierStatusChanges;
import cn.kunming.kjj.carrier.carrier.Carrier;
import cn.kunming.kjj.carrier.carrier.RecoveryDecision;
import cn.kunming.kjj.carrier.carrier.CarrierStatus;
import cn.kunming.kjj.carrier.carrier.Ground;
import cn.kunming.kjj.carrier.carrier.ManagementRecords.Disqualification;
import cn.kunming.kjj.carrier.carrier.ManagementRecords.DisqualificationStatus;
import cn.kunming.kjj.carrier.carrier.ManagementRecords.FilingStatus;
import cn.kunming.kjj.carrier.carrier.ManagementRecords.ProvincialFiling;
import cn.kunming.kjj.carrier.carrier.ManagementRecords.Recovery;
import cn.kunming.kjj.carrier.carrier.ManagementRecords.StatusChange;
import cn.kunming.kjj.carrier.carrier.ManagementRecords.Subsidy;
import cn.kunming.kjj.carrier.security.TenantScope;
import org.jspecify.annotations.Nullable;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;

/** The management records of carriers carry the carrier's tenant and unit and are read in scope. */
public interface ManagementRepository extends CarrierStatusChanges {

    List<StatusChange> history(TenantScope scope, CarrierId carrierId);

    long insertFiling(Carrier carrier, FilingStatus status, String documentNumber, LocalDate decidedOn,
                      @Nullable String reason, @Nullable String evidenceName, @Nullable String evidenceSha256, String by,
                      LocalDateTime at);

    List<ProvincialFiling> filings(TenantScope scope, CarrierId carrierId);

    Optional<Subsidy> subsidy(TenantScope scope, CarrierId carrierId);

    long insertSubsidy(Carrier carrier, BigDecimal amount, LocalDate disbursedOn, String voucher, String by,
                       LocalDateTime at);

    boolean approveSubsidy(long id, int version, String by, LocalDateTime at);

    /** Adds a proposal unless the same ground (by key) was ever proposed for the carrier; true when added. */
    boolean propose(Carrier carrier, Ground ground, String key, String detail, @Nullable String evidenceName,
                    @Nullable String evidenceSha256, String by, LocalDateTime at);

    List<Disqualification> disqualifications(TenantScope scope, @Nullable CarrierId carrierId,
                                            @Nullable DisqualificationStatus status);

    Optional<Disqualification> disqualification(TenantScope scope, long id);

    boolean decide(long id, int version, DisqualificationStatus status, String reason, @Nullable LocalDate effectiveOn,
                   @Nullable String auditFollowUp, String by, LocalDateTime at);

    Optional<Recovery> recovery(TenantScope scope, CarrierId carrierId);

    void insertRecovery(Carrier carrier, long disqualificationId, BigDecimal amountDue, RecoveryDecision decision,
                        @Nullable String reason, LocalDateTime at);

    void insertPayment(long recoveryId, BigDecimal amount, LocalDate paidOn, String by, LocalDateTime at);
}
