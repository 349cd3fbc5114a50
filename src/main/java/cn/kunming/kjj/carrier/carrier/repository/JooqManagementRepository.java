package cn.kunming.kjj.carrier.carrier.repository;

import cn.kunming.kjj.carrier.common.OnceOnly;
import cn.kunming.kjj.carrier.common.CarrierId;
import cn.kunming.kjj.carrier.carrier.Carrier;
import cn.kunming.kjj.carrier.carrier.CarrierStatus;
import cn.kunming.kjj.carrier.carrier.Ground;
import cn.kunming.kjj.carrier.carrier.RecoveryDecision;
import cn.kunming.kjj.carrier.carrier.ManagementRecords.Disqualification;
import cn.kunming.kjj.carrier.carrier.ManagementRecords.DisqualificationStatus;
import cn.kunming.kjj.carrier.carrier.ManagementRecords.FilingStatus;
import cn.kunming.kjj.carrier.carrier.ManagementRecords.Payment;
import cn.kunming.kjj.carrier.carrier.ManagementRecords.ProvincialFiling;
import cn.kunming.kjj.carrier.carrier.ManagementRecords.Recovery;
import cn.kunming.kjj.carrier.carrier.ManagementRecords.StatusChange;
import cn.kunming.kjj.carrier.carrier.ManagementRecords.Subsidy;
import cn.kunming.kjj.carrier.carrier.ManagementRecords.SubsidyStatus;
import cn.kunming.kjj.carrier.security.TenantScope;
import cn.kunming.kjj.carrier.security.JooqScopes;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Record;
import org.jooq.impl.DSL;
import org.springframework.stereotype.Repository;
import org.jspecify.annotations.Nullable;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;

import static cn.kunming.kjj.carrier.jooq.Tables.CARRIER;
import static cn.kunming.kjj.carrier.jooq.Tables.CARRIER_STATUS_HISTORY;
import static cn.kunming.kjj.carrier.jooq.Tables.DISQUALIFICATION;
import static cn.kunming.kjj.carrier.jooq.Tables.PROVINCIAL_FILING;
import static cn.kunming.kjj.carrier.jooq.Tables.RECOVERY;
import static cn.kunming.kjj.carrier.jooq.Tables.RECOVERY_PAYMENT;
import static cn.kunming.kjj.carrier.jooq.Tables.SUBSIDY;

@Repository
class JooqManagementRepository implements ManagementRepository {

    private final DSLContext dsl;

    JooqManagementRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    @Override
    public boolean changeStatus(Carrier c, CarrierStatus to, LocalDate on, @Nullable LocalDate banEndsOn, String reason, String by,
                                LocalDateTime at) {
        var update = dsl.update(CARRIER).set(CARRIER.STATUS, to).set(CARRIER.STATUS_SINCE, on)
                .set(CARRIER.VERSION, CARRIER.VERSION.plus(1));
        if (banEndsOn != null) {
            update = update.set(CARRIER.BAN_ENDS_ON, banEndsOn);
        }
        boolean changed = update.where(CARRIER.ID.eq(c.id())).and(CARRIER.STATUS.eq(c.status())).execute() == 1;
        if (changed) {
            dsl.insertInto(CARRIER_STATUS_HISTORY)
                    .set(CARRIER_STATUS_HISTORY.CARRIER_ID, c.id())
                    .set(CARRIER_STATUS_HISTORY.UNIT_ID, c.unitId())
                    .set(CARRIER_STATUS_HISTORY.TENANT_ID, c.tenantId().value())
                    .set(CARRIER_STATUS_HISTORY.FROM_STATUS, c.status())
                    .set(CARRIER_STATUS_HISTORY.TO_STATUS, to)
                    .set(CARRIER_STATUS_HISTORY.CHANGED_ON, on)
                    .set(CARRIER_STATUS_HISTORY.REASON, reason)
                    .set(CARRIER_STATUS_HISTORY.CHANGED_BY, by)
                    .set(CARRIER_STATUS_HISTORY.CHANGED_AT, at)
                    .execute();
        }
        return changed;
    }

    @Override
    public List<StatusChange> history(TenantScope scope, CarrierId carrierId) {
        return dsl.selectFrom(CARRIER_STATUS_HISTORY).where(CARRIER_STATUS_HISTORY.CARRIER_ID.eq(carrierId))
                .and(JooqScopes.inScope(scope, CARRIER_STATUS_HISTORY.TENANT_ID, CARRIER_STATUS_HISTORY.UNIT_ID))
                .orderBy(CARRIER_STATUS_HISTORY.ID)
                .fetch(h -> new StatusChange(h.getFromStatus(),
                        h.getToStatus(), h.getChangedOn(), h.getReason(), h.getChangedBy(),
                        h.getChangedAt()));
    }

    @Override
    public long insertFiling(Carrier c, FilingStatus status, String documentNumber, LocalDate decidedOn,
                             @Nullable String reason, @Nullable String evidenceName, @Nullable String evidenceSha256,
                             String by, LocalDateTime at) {
        return dsl.insertInto(PROVINCIAL_FILING)
                .set(PROVINCIAL_FILING.CARRIER_ID, c.id())
                .set(PROVINCIAL_FILING.UNIT_ID, c.unitId())
                .set(PROVINCIAL_FILING.TENANT_ID, c.tenantId().value())
                .set(PROVINCIAL_FILING.STATUS, status)
                .set(PROVINCIAL_FILING.DOCUMENT_NUMBER, documentNumber)
                .set(PROVINCIAL_FILING.DECIDED_ON, decidedOn)
                .set(PROVINCIAL_FILING.REASON, reason)
                .set(PROVINCIAL_FILING.EVIDENCE_NAME, evidenceName)
                .set(PROVINCIAL_FILING.EVIDENCE_SHA256, evidenceSha256)
                .set(PROVINCIAL_FILING.RECORDED_BY, by)
                .set(PROVINCIAL_FILING.RECORDED_AT, at)
                .returning(PROVINCIAL_FILING.ID).fetchSingle().getId();
    }

    @Override
    public List<ProvincialFiling> filings(TenantScope scope, CarrierId carrierId) {
        return dsl.selectFrom(PROVINCIAL_FILING).where(PROVINCIAL_FILING.CARRIER_ID.eq(carrierId))
                .and(JooqScopes.inScope(scope, PROVINCIAL_FILING.TENANT_ID, PROVINCIAL_FILING.UNIT_ID))
                .orderBy(PROVINCIAL_FILING.ID)
                .fetch(f -> new ProvincialFiling(f.getId(), f.getCarrierId(), f.getStatus(),
                        f.getDocumentNumber(), f.getDecidedOn(), f.getReason(), f.getEvidenceName(),
                        f.getEvidenceSha256(), f.getRecordedBy(), f.getRecordedAt()));
    }

    @Override
    public Optional<Subsidy> subsidy(TenantScope scope, CarrierId carrierId) {
        return dsl.selectFrom(SUBSIDY).where(SUBSIDY.CARRIER_ID.eq(carrierId))
                .and(JooqScopes.inScope(scope, SUBSIDY.TENANT_ID, SUBSIDY.UNIT_ID))
                .fetchOptional(s -> new Subsidy(s.getId(), s.getCarrierId(), s.getAmountYuan(), s.getDisbursedOn(),
                        s.getVoucherNumber(), s.getStatus(), s.getPreparedBy(), s.getPreparedAt(),
                        s.getApprovedBy(), s.getApprovedAt(), s.getVersion()));
    }

    @Override
    public long insertSubsidy(Carrier c, BigDecimal amount, LocalDate disbursedOn, String voucher, String by,
                              LocalDateTime at) {
        return dsl.insertInto(SUBSIDY)
                .set(SUBSIDY.CARRIER_ID, c.id())
                .set(SUBSIDY.UNIT_ID, c.unitId())
                .set(SUBSIDY.TENANT_ID, c.tenantId().value())
                .set(SUBSIDY.AMOUNT_YUAN, amount)
                .set(SUBSIDY.DISBURSED_ON, disbursedOn)
                .set(SUBSIDY.VOUCHER_NUMBER, voucher)
                .set(SUBSIDY.STATUS, SubsidyStatus.PREPARED)
                .set(SUBSIDY.PREPARED_BY, by)
                .set(SUBSIDY.PREPARED_AT, at)
                .set(SUBSIDY.VERSION, 0)
                .returning(SUBSIDY.ID).fetchSingle().getId();
    }

    @Override
    public boolean approveSubsidy(long id, int version, String by, LocalDateTime at) {
        return dsl.update(SUBSIDY).set(SUBSIDY.STATUS, SubsidyStatus.APPROVED).set(SUBSIDY.APPROVED_BY, by)
                .set(SUBSIDY.APPROVED_AT, at).set(SUBSIDY.VERSION, SUBSIDY.VERSION.plus(1))
                .where(SUBSIDY.ID.eq(id)).and(SUBSIDY.VERSION.eq(version))
                .and(SUBSIDY.STATUS.eq(SubsidyStatus.PREPARED)).and(SUBSIDY.PREPARED_BY.ne(by)).execute() == 1;
    }

    @Override
    public boolean propose(Carrier c, Ground ground, String key, String detail, @Nullable String evidenceName,
                           @Nullable String evidenceSha256, String by, LocalDateTime at) {
        return OnceOnly.inserted(() -> dsl.insertInto(DISQUALIFICATION)
                .set(DISQUALIFICATION.CARRIER_ID, c.id())
                .set(DISQUALIFICATION.UNIT_ID, c.unitId())
                .set(DISQUALIFICATION.TENANT_ID, c.tenantId().value())
                .set(DISQUALIFICATION.GROUND, ground)
                .set(DISQUALIFICATION.GROUND_KEY, key)
                .set(DISQUALIFICATION.DETAIL, detail)
                .set(DISQUALIFICATION.EVIDENCE_NAME, evidenceName)
                .set(DISQUALIFICATION.EVIDENCE_SHA256, evidenceSha256)
                .set(DISQUALIFICATION.STATUS, DisqualificationStatus.PROPOSED)
                .set(DISQUALIFICATION.PROPOSED_BY, by)
                .set(DISQUALIFICATION.PROPOSED_AT, at)
                .set(DISQUALIFICATION.VERSION, 0)
                .onDuplicateKeyIgnore()
                .execute());
    }

    private org.jooq.SelectOnConditionStep<Record> disqualifications() {
        return dsl.select(DISQUALIFICATION.fields()).select(CARRIER.NAME).from(DISQUALIFICATION)
                .join(CARRIER).on(CARRIER.ID.eq(DISQUALIFICATION.CARRIER_ID));
    }

    private static Condition inScope(TenantScope scope) {
        return JooqScopes.inScope(scope, DISQUALIFICATION.TENANT_ID, DISQUALIFICATION.UNIT_ID);
    }

    @Override
    public List<Disqualification> disqualifications(TenantScope scope, @Nullable CarrierId carrierId,
                                                   @Nullable DisqualificationStatus status) {
        return disqualifications().where(inScope(scope))
                .and(carrierId == null ? DSL.trueCondition() : DISQUALIFICATION.CARRIER_ID.eq(carrierId))
                .and(status == null ? DSL.trueCondition() : DISQUALIFICATION.STATUS.eq(status))
                .orderBy(DISQUALIFICATION.PROPOSED_AT.desc(), DISQUALIFICATION.ID.desc()).fetch(this::toDisqualification);
    }

    @Override
    public Optional<Disqualification> disqualification(TenantScope scope, long id) {
        return disqualifications().where(inScope(scope)).and(DISQUALIFICATION.ID.eq(id))
                .fetchOptional(this::toDisqualification);
    }

    @Override
    public boolean decide(long id, int version, DisqualificationStatus status, String reason,
                          @Nullable LocalDate effectiveOn, @Nullable String auditFollowUp, String by, LocalDateTime at) {
        return dsl.update(DISQUALIFICATION)
                .set(DISQUALIFICATION.STATUS, status)
                .set(DISQUALIFICATION.DECISION_REASON, reason)
                .set(DISQUALIFICATION.EFFECTIVE_ON, effectiveOn)
                .set(DISQUALIFICATION.AUDIT_FOLLOW_UP, auditFollowUp)
                .set(DISQUALIFICATION.DECIDED_BY, by)
                .set(DISQUALIFICATION.DECIDED_AT, at)
                .set(DISQUALIFICATION.VERSION, DISQUALIFICATION.VERSION.plus(1))
                .where(DISQUALIFICATION.ID.eq(id)).and(DISQUALIFICATION.VERSION.eq(version))
                .and(DISQUALIFICATION.STATUS.eq(DisqualificationStatus.PROPOSED)).execute() == 1;
    }

    @Override
    public Optional<Recovery> recovery(TenantScope scope, CarrierId carrierId) {
        return dsl.selectFrom(RECOVERY).where(RECOVERY.CARRIER_ID.eq(carrierId))
                .and(JooqScopes.inScope(scope, RECOVERY.TENANT_ID, RECOVERY.UNIT_ID))
                .fetchOptional(r -> new Recovery(r.getId(), r.getCarrierId(), r.getAmountDueYuan(),
                        dsl.selectFrom(RECOVERY_PAYMENT).where(RECOVERY_PAYMENT.RECOVERY_ID.eq(r.getId()))
                                .orderBy(RECOVERY_PAYMENT.PAID_ON, RECOVERY_PAYMENT.ID)
                                .fetch(p -> new Payment(p.getAmountYuan(), p.getPaidOn(), p.getRecordedBy())),
                        r.getDecision(), r.getDecisionReason()));
    }

    @Override
    public void insertRecovery(Carrier c, long disqualificationId, BigDecimal amountDue, RecoveryDecision decision,
                               @Nullable String reason, LocalDateTime at) {
        dsl.insertInto(RECOVERY)
                .set(RECOVERY.CARRIER_ID, c.id())
                .set(RECOVERY.UNIT_ID, c.unitId())
                .set(RECOVERY.TENANT_ID, c.tenantId().value())
                .set(RECOVERY.DISQUALIFICATION_ID, disqualificationId)
                .set(RECOVERY.AMOUNT_DUE_YUAN, amountDue)
                .set(RECOVERY.DECISION, decision)
                .set(RECOVERY.DECISION_REASON, reason)
                .set(RECOVERY.CREATED_AT, at)
                .execute();
    }

    @Override
    public void insertPayment(long recoveryId, BigDecimal amount, LocalDate paidOn, String by, LocalDateTime at) {
        dsl.insertInto(RECOVERY_PAYMENT)
                .set(RECOVERY_PAYMENT.RECOVERY_ID, recoveryId)
                .set(RECOVERY_PAYMENT.AMOUNT_YUAN, amount)
                .set(RECOVERY_PAYMENT.PAID_ON, paidOn)
                .set(RECOVERY_PAYMENT.RECORDED_BY, by)
                .set(RECOVERY_PAYMENT.RECORDED_AT, at)
                .execute();
    }

    private Disqualification toDisqualification(Record r) {
        return new Disqualification(r.get(DISQUALIFICATION.ID), r.get(DISQUALIFICATION.CARRIER_ID), r.get(CARRIER.NAME),
                r.get(DISQUALIFICATION.GROUND), r.get(DISQUALIFICATION.DETAIL),
                r.get(DISQUALIFICATION.EVIDENCE_NAME), r.get(DISQUALIFICATION.EVIDENCE_SHA256),
                r.get(DISQUALIFICATION.STATUS), r.get(DISQUALIFICATION.PROPOSED_BY),
                r.get(DISQUALIFICATION.PROPOSED_AT), r.get(DISQUALIFICATION.DECIDED_BY), r.get(DISQUALIFICATION.DECIDED_AT),
                r.get(DISQUALIFICATION.DECISION_REASON), r.get(DISQUALIFICATION.EFFECTIVE_ON),
                r.get(DISQUALIFICATION.AUDIT_FOLLOW_UP), r.get(DISQUALIFICATION.VERSION));
    }
}
