package cn.kunming.kjj.carrier.carrier;

import cn.kunming.kjj.carrier.common.UploadedFile;
import cn.kunming.kjj.carrier.common.CarrierId;
import cn.kunming.kjj.carrier.eligibility.MeasuresValidity;
import cn.kunming.kjj.carrier.eligibility.Threshold;
import cn.kunming.kjj.carrier.audit.AuditAction;
import cn.kunming.kjj.carrier.audit.AuditEntry;
import cn.kunming.kjj.carrier.audit.AuditedEntity;
import cn.kunming.kjj.carrier.audit.AuditLog;
import cn.kunming.kjj.carrier.carrier.ManagementRecords.Disqualification;
import cn.kunming.kjj.carrier.carrier.ManagementRecords.DisqualificationStatus;
import cn.kunming.kjj.carrier.carrier.ManagementRecords.FilingStatus;
import cn.kunming.kjj.carrier.carrier.ManagementRecords.ProvincialFiling;
import cn.kunming.kjj.carrier.carrier.ManagementRecords.Recovery;
import cn.kunming.kjj.carrier.carrier.ManagementRecords.Subsidy;
import cn.kunming.kjj.carrier.carrier.ManagementRecords.SubsidyStatus;
import cn.kunming.kjj.carrier.carrier.repository.CarrierRepository;
import cn.kunming.kjj.carrier.carrier.repository.ManagementRepository;
import cn.kunming.kjj.carrier.common.ConcurrentEditException;
import cn.kunming.kjj.carrier.common.Docx;
import cn.kunming.kjj.carrier.common.Messages;
import cn.kunming.kjj.carrier.common.NotFoundException;
import cn.kunming.kjj.carrier.common.PortalException;
import cn.kunming.kjj.carrier.common.Wan;
import cn.kunming.kjj.carrier.document.DocumentKind;
import cn.kunming.kjj.carrier.document.Documents;
import cn.kunming.kjj.carrier.notification.Audience;
import cn.kunming.kjj.carrier.notification.NotificationKind;
import cn.kunming.kjj.carrier.notification.NotificationRequested;
import cn.kunming.kjj.carrier.security.Access;
import cn.kunming.kjj.carrier.security.CurrentUser;
import cn.kunming.kjj.carrier.security.PortalUser;
import cn.kunming.kjj.carrier.security.TenantScope;
import cn.kunming.kjj.carrier.storage.AttachmentStore;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.jspecify.annotations.Nullable;

import java.math.BigDecimal;
import java.time.Clock;
import java.util.Optional;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Dynamic management of carriers (Art. 5): provincial filing records, the one-time subsidy under two people's
 * hands, disqualification proposed by the portal or an officer and decided by the bureau, with its ban, audit
 * follow-up and recovery, and the status history of each carrier.
 */
@Service
public class CarrierManagementService {

    /** M5.2: 10 万元, once per carrier. */

    private final CarrierRepository carriers;
    private final ManagementRepository records;
    private final ReportHistory reports;
    private final AttachmentStore store;
    private final CurrentUser currentUser;
    private final AuditLog audit;
    private final Clock clock;
    private final ApplicationEventPublisher events;
    private final Documents documents;
    private final MeasuresValidity measures;

    CarrierManagementService(CarrierRepository carriers, ManagementRepository records, ReportHistory reports,
                             AttachmentStore store, CurrentUser currentUser, AuditLog audit,
                             Clock clock, ApplicationEventPublisher events, Documents documents,
                             MeasuresValidity measures) {
        this.measures = measures;
        this.documents = documents;
        this.events = events;
        this.carriers = carriers;
        this.records = records;
        this.reports = reports;
        this.store = store;
        this.currentUser = currentUser;
        this.audit = audit;
        this.clock = clock;
    }

    @PreAuthorize(Access.APPLICANT_OR_OFFICERS)
    @Transactional(readOnly = true)
    public CarrierFile file(CarrierId carrierId) {
        TenantScope scope = currentUser.scope();
        Carrier carrier = carriers.findById(scope, carrierId).orElseThrow(NotFoundException::new);
        return new CarrierFile(carrier, records.history(scope, carrierId), records.filings(scope, carrierId),
                records.subsidy(scope, carrierId), records.disqualifications(scope, carrierId, null),
                records.recovery(scope, carrierId));
    }

    /**
     * Records the province's decision (M5.2): FILED moves the carrier to PROVINCIALLY_FILED; REVOKED moves it back
     * and proposes its disqualification (M5.3(2)).
     */
    @PreAuthorize(Access.OFFICERS)
    @Transactional
    public void recordFiling(CarrierId carrierId, @Nullable FilingStatus status, @Nullable String documentNumber,
                             @Nullable LocalDate decidedOn, @Nullable String reason, @Nullable UploadedFile evidence) {
        PortalUser me = currentUser.require();
        Carrier carrier = carriers.findById(me.scope(), carrierId).orElseThrow(NotFoundException::new);
        if (status == null || documentNumber == null || documentNumber.isBlank() || decidedOn == null) {
            throw new PortalException("filing.incomplete");
        }
        CarrierStatus next = status == FilingStatus.FILED ? CarrierStatus.PROVINCIALLY_FILED : CarrierStatus.CULTIVATING;
        if (!carrier.status().canMoveTo(next)) {
            throw new PortalException("filing.illegal", new cn.kunming.kjj.carrier.common.MessageKey(carrier.status().messageKey()));
        }
        String sha = evidence == null ? null : keepEvidence(evidence);
        LocalDateTime now = LocalDateTime.now(clock);
        long id = records.insertFiling(carrier, status, documentNumber.strip(), decidedOn, reason, evidence == null ? null
                : evidence.fileName(), sha, me.username(), now);
        CarrierStatus to = status == FilingStatus.FILED ? CarrierStatus.PROVINCIALLY_FILED : CarrierStatus.CULTIVATING;
        if (!records.changeStatus(carrier, to, decidedOn, null, cn.kunming.kjj.carrier.common.Messages.chinese(status.messageKey()) + " " + documentNumber.strip(),
                me.username(), now)) {
            throw new ConcurrentEditException("CARRIER", carrierId);
        }
        audit.record(AuditEntry.of(AuditAction.provincial(status), AuditedEntity.CARRIER, carrierId).tenant(carrier.tenantId())
                .rule(status == FilingStatus.FILED ? "M5.2" : "M5.3(2)").detail(documentNumber.strip() + " " + decidedOn));
        if (status == FilingStatus.REVOKED) {
            propose(carrier, Ground.FILING_REVOKED, "FILING_REVOKED:" + id,
                    "省级备案撤销：" + documentNumber.strip() + "（" + decidedOn + "）", null, null, me.username());
        }
    }

    /** Prepares the one-time subsidy of a provincially filed carrier (M5.2); a second one is refused. */
    @PreAuthorize(Access.BUREAU)
    @Transactional
    public void prepareSubsidy(CarrierId carrierId, @Nullable LocalDate disbursedOn, @Nullable String voucherNumber) {
        PortalUser me = currentUser.require();
        Carrier carrier = carriers.findById(me.scope(), carrierId).orElseThrow(NotFoundException::new);
        if (records.subsidy(me.scope(), carrierId).isPresent()) {
            throw new PortalException("subsidy.alreadyGranted");
        }
        if (carrier.status() != CarrierStatus.PROVINCIALLY_FILED) {
            throw new PortalException("subsidy.notFiled");
        }
        if (disbursedOn == null || voucherNumber == null || voucherNumber.isBlank()) {
            throw new PortalException("subsidy.incomplete");
        }
        BigDecimal subsidy = measures.figure(Threshold.SUBSIDY_YUAN, carrier.approvedOn()).setScale(2);
        records.insertSubsidy(carrier, subsidy, disbursedOn, voucherNumber.strip(), me.username(),
                LocalDateTime.now(clock));
        audit.record(AuditEntry.of(AuditAction.SUBSIDY_PREPARED, AuditedEntity.CARRIER, carrierId).tenant(carrier.tenantId()).rule("M5.2")
                .detail(subsidy + " yuan, voucher " + voucherNumber.strip() + ", " + disbursedOn));
    }

    /** Approves a prepared subsidy: never by the officer who prepared it. */
    @PreAuthorize(Access.BUREAU)
    @Transactional
    public void approveSubsidy(CarrierId carrierId) {
        PortalUser me = currentUser.require();
        Carrier carrier = carriers.findById(me.scope(), carrierId).orElseThrow(NotFoundException::new);
        Subsidy subsidy = records.subsidy(me.scope(), carrierId).orElseThrow(() -> new PortalException("subsidy.none"));
        if (subsidy.status() != SubsidyStatus.PREPARED) {
            throw new PortalException("subsidy.alreadyApproved");
        }
        if (subsidy.preparedBy().equals(me.username())) {
            throw new PortalException("subsidy.sameOfficer");
        }
        if (!records.approveSubsidy(subsidy.id(), subsidy.version(), me.username(), LocalDateTime.now(clock))) {
            throw new ConcurrentEditException("SUBSIDY", subsidy.id());
        }
        audit.record(AuditEntry.of(AuditAction.SUBSIDY_APPROVED, AuditedEntity.CARRIER, carrierId).tenant(carrier.tenantId()).rule("M5.2")
                .detail("prepared by " + subsidy.preparedBy()));
    }

    /** An officer's proposal on grounds (3)–(6) of M5.3, with its evidence. */
    @PreAuthorize(Access.OFFICERS)
    @Transactional
    public void proposeDisqualification(CarrierId carrierId, @Nullable Ground ground, @Nullable String detail,
                                        @Nullable UploadedFile evidence) {
        PortalUser me = currentUser.require();
        Carrier carrier = carriers.findById(me.scope(), carrierId).orElseThrow(NotFoundException::new);
        if (ground == null || ground.automatic() || detail == null || detail.isBlank()) {
            throw new PortalException("disqualification.incomplete");
        }
        if (evidence == null) {
            throw new PortalException("disqualification.evidenceMissing");
        }
        if (!carrier.status().active()) {
            throw new PortalException("disqualification.notActive");
        }
        String sha = keepEvidence(evidence);
        propose(carrier, ground, ground.name() + ":" + System.currentTimeMillis(), detail.strip(), evidence.fileName(), sha,
                me.username());
    }

    /** Detects the automatic grounds for every carrier on the list; each ground is proposed once. */
    @PreAuthorize(Access.BUREAU)
    @Transactional
    public int detect() {
        return detectAll(currentUser.require().username());
    }

    /** The detection itself, for the bureau's button and the daily job. */
    @Transactional(propagation = org.springframework.transaction.annotation.Propagation.MANDATORY)
    int detectAll(String by) {
        TenantScope all = new TenantScope.All();
        LocalDate today = LocalDate.now(clock);
        int added = 0;
        for (Carrier carrier : carriers.find(all, CarrierFilter.none())) {
            if (!carrier.status().active()) {
                continue;
            }
            Set<Integer> submitted = reports.submittedYears(carrier.id());
            Map<Integer, Boolean> failed = reports.failedByYear(carrier.id());
            List<ProvincialFiling> filings = records.filings(all, carrier.id());
            Integer revoked = filings.isEmpty() || filings.getLast().status() != FilingStatus.REVOKED ? null
                    : filings.getLast().decidedOn().getYear();
            for (DisqualificationRules.Proposal p : DisqualificationRules.detect(today,
                    reports.reportYears(carrier.approvedOn(), today), reports::dueOn, submitted::contains, failed,
                    revoked)) {
                String detail = switch (p.ground()) {
                    case REPORT_MISSING -> p.year() + " 年度报告逾期未报（截止 " + reports.dueOn(p.year()) + "）";
                    case TWO_FAILED_EVALUATIONS -> (p.year() - 1) + "、" + p.year() + " 年度连续两年考核不合格";
                    default -> "省级备案被撤销";
                };
                String key = p.ground() == Ground.FILING_REVOKED ? "FILING_REVOKED:" + filings.getLast().id() : p.key();
                if (propose(carrier, p.ground(), key, detail, null, null, by)) {
                    added++;
                }
            }
        }
        return added;
    }

    @PreAuthorize(Access.BUREAU)
    @Transactional(readOnly = true)
    public List<Disqualification> proposals() {
        return records.disqualifications(currentUser.scope(), null, DisqualificationStatus.PROPOSED);
    }

    /**
     * The bureau's decision on a proposal. Confirmed: the carrier is DISQUALIFIED from the effective date, its unit
     * may not apply for two years (M5.4), the audit follow-up is recorded and a disbursed subsidy is to be recovered.
     */
    @PreAuthorize(Access.BUREAU)
    @Transactional
    public void decide(long disqualificationId, boolean confirm, @Nullable String reason, @Nullable LocalDate effectiveOn,
                       @Nullable String auditFollowUp, @Nullable RecoveryChoice recovery) {
        PortalUser me = currentUser.require();
        Disqualification d = records.disqualification(me.scope(), disqualificationId).orElseThrow(NotFoundException::new);
        if (reason == null || reason.isBlank()) {
            throw new PortalException("disqualification.reasonMissing");
        }
        if (!confirm) {
            dismiss(me, d, reason.strip());
            return;
        }
        if (effectiveOn == null || auditFollowUp == null || auditFollowUp.isBlank()) {
            throw new PortalException("disqualification.confirmIncomplete");
        }
        confirm(me, d, reason.strip(), effectiveOn, auditFollowUp.strip(),
                recovery == null ? RecoveryChoice.full() : recovery);
    }

    private void dismiss(PortalUser me, Disqualification d, String reason) {
        Carrier carrier = carriers.findById(me.scope(), d.carrierId()).orElseThrow();
        if (!records.decide(d.id(), d.version(), DisqualificationStatus.DISMISSED, reason, null, null, me.username(),
                LocalDateTime.now(clock))) {
            throw new PortalException("disqualification.alreadyDecided");
        }
        audit.record(AuditEntry.of(AuditAction.DISQUALIFICATION_DISMISSED, AuditedEntity.CARRIER, carrier.id()).tenant(carrier.tenantId())
                .rule(d.ground().rule()).detail(reason));
    }

    private void confirm(PortalUser me, Disqualification d, String reason, LocalDate effectiveOn, String auditFollowUp,
                         RecoveryChoice choice) {
        Carrier carrier = carriers.findById(me.scope(), d.carrierId()).orElseThrow();
        if (!carrier.status().active()) {
            throw new PortalException("disqualification.notActive");
        }
        LocalDateTime now = LocalDateTime.now(clock);
        // the ban runs two years from the effective date: a date before the approval or after today would shorten it
        if (effectiveOn.isBefore(carrier.approvedOn()) || effectiveOn.isAfter(now.toLocalDate())) {
            throw new PortalException("disqualification.effectiveOutOfRange", carrier.approvedOn(), now.toLocalDate());
        }
        Optional<Due> due = records.subsidy(me.scope(), carrier.id()).filter(s -> s.status() == SubsidyStatus.APPROVED)
                .map(s -> amountDue(choice, s.amountYuan()));
        if (!records.decide(d.id(), d.version(), DisqualificationStatus.CONFIRMED, reason, effectiveOn, auditFollowUp,
                me.username(), now)) {
            throw new PortalException("disqualification.alreadyDecided");
        }
        LocalDate banEnds = banEndsOn(effectiveOn);
        if (!records.changeStatus(carrier, CarrierStatus.DISQUALIFIED, effectiveOn, banEnds,
                d.ground().rule() + " " + reason, me.username(), now)) {
            throw new ConcurrentEditException("CARRIER", carrier.id());
        }
        due.ifPresent(r -> records.insertRecovery(carrier, d.id(), r.amount(), r.decision(), r.reason(), now));
        events.publishEvent(NotificationRequested.of(Audience.together(Audience.unit(carrier.unitId()), Audience.district(carrier.tenantId())),
                NotificationKind.CARRIER_DISQUALIFIED, "carriers/" + carrier.id(), carrier.name(), effectiveOn, banEnds));
        audit.record(AuditEntry.of(AuditAction.CARRIER_DISQUALIFIED, AuditedEntity.CARRIER, carrier.id()).tenant(carrier.tenantId())
                .rule(d.ground().rule()).detail("effective " + effectiveOn + ", ban until " + banEnds
                        + ", audit: " + auditFollowUp
                        + due.map(r -> ", recovery " + r.decision() + " " + r.amount() + " yuan"
                        + (r.reason() == null ? "" : " (" + r.reason() + ")")).orElse("")));
    }

    /** What the bureau's choice leaves due back, with the choice and its reason as recorded. */
    private record Due(RecoveryDecision decision, BigDecimal amount, @Nullable String reason) {
    }

    /**
     * What is due back under the bureau's choice (M5.4): the subsidy, a part of it (more than nothing, less than the
     * whole), or nothing; a part or nothing needs its reason.
     */
    /** The recovery decision's reason column (V28). */
    private static final int MAX_RECOVERY_REASON = 500;

    private static Due amountDue(RecoveryChoice choice, BigDecimal subsidy) {
        RecoveryDecision decision = choice.decision();
        if (decision == null) {
            throw new PortalException("recovery.chooseDecision");
        }
        String reason = choice.reason() == null || choice.reason().isBlank() ? null : choice.reason().strip();
        if (reason != null && reason.length() > MAX_RECOVERY_REASON) {
            throw new PortalException("recovery.reasonTooLong", MAX_RECOVERY_REASON);
        }
        BigDecimal amount = switch (decision) {
            case FULL -> subsidy;
            case PART -> {
                BigDecimal part = choice.partYuan();
                if (part == null || part.signum() <= 0 || part.compareTo(subsidy) >= 0 || part.scale() > 2) {
                    throw new PortalException("recovery.partInvalid", subsidy);
                }
                if (reason == null) {
                    throw new PortalException("recovery.reasonMissing");
                }
                yield part;
            }
            case NONE -> {
                if (reason == null) {
                    throw new PortalException("recovery.reasonMissing");
                }
                yield BigDecimal.ZERO;
            }
        };
        return new Due(decision, amount, reason);
    }

    /** The notice (取消培育资格通知) of a confirmed disqualification (M5.3, M5.4), to sign, seal and send to the unit. */
    @PreAuthorize(Access.OFFICERS)
    @Transactional(readOnly = true)
    public byte[] disqualificationNotice(long disqualificationId) {
        TenantScope scope = currentUser.scope();
        Disqualification d = records.disqualification(scope, disqualificationId)
                .filter(x -> x.status() == DisqualificationStatus.CONFIRMED).orElseThrow(NotFoundException::new);
        Carrier carrier = carriers.findById(scope, d.carrierId()).orElseThrow(NotFoundException::new);
        String recovery = records.recovery(scope, carrier.id())
                .map(r -> r.decision() == RecoveryDecision.NONE ? "经研究，已拨付的一次性补助不予追回。"
                        : "你单位已获拨的一次性补助中" + Wan.ofYuan(r.amountDueYuan()).toPlainString()
                        + "万元应予追回，请按要求退回。").orElse("");
        LocalDate effectiveOn = decided(d.effectiveOn(), d);
        return documents.render(DocumentKind.DISQUALIFICATION_NOTICE, Map.of(
                "unitName", carrier.unitName(), "carrierName", carrier.name(), "kind", carrier.kind().chineseName(),
                "ground", Messages.chinese(d.ground().messageKey()).replace("（" + d.ground().rule() + "）", ""),
                "rule", d.ground().rule(),
                "detail", d.detail() == null ? "" : d.detail(),
                "effectiveOn", Docx.CHINESE_DATE.format(effectiveOn),
                "banEndsOn", Docx.CHINESE_DATE.format(banEndsOn(effectiveOn)),
                "recovery", recovery, "date", Docx.CHINESE_DATE.format(decided(d.decidedAt(), d).toLocalDate())), List.of());
    }

    /** A part of the decision, which a confirmed disqualification always has (both are written by one update). */
    private static <T> T decided(@Nullable T part, Disqualification d) {
        if (part == null) {
            throw new IllegalStateException("disqualification " + d.id() + " is " + d.status() + " without its decision");
        }
        return part;
    }

    /** An amount recovered (M5.4); never more than is outstanding. */
    @PreAuthorize(Access.BUREAU)
    @Transactional
    public void recordRecovery(CarrierId carrierId, @Nullable BigDecimal amount, @Nullable LocalDate paidOn) {
        PortalUser me = currentUser.require();
        Carrier carrier = carriers.findById(me.scope(), carrierId).orElseThrow(NotFoundException::new);
        Recovery recovery = records.recovery(me.scope(), carrierId).orElseThrow(() -> new PortalException("recovery.none"));
        if (amount == null || amount.signum() <= 0 || amount.compareTo(recovery.outstanding()) > 0 || paidOn == null) {
            throw new PortalException("recovery.amountInvalid", recovery.outstanding());
        }
        records.insertPayment(recovery.id(), amount, paidOn, me.username(), LocalDateTime.now(clock));
        audit.record(AuditEntry.of(AuditAction.SUBSIDY_RECOVERED, AuditedEntity.CARRIER, carrierId).tenant(carrier.tenantId()).rule("M5.4")
                .detail(amount + " yuan on " + paidOn));
    }

    private boolean propose(Carrier carrier, Ground ground, String key, String detail, @Nullable String evidenceName,
                            @Nullable String sha, String by) {
        boolean added = records.propose(carrier, ground, key, detail, evidenceName, sha, by, LocalDateTime.now(clock));
        if (added) {
            audit.record(AuditEntry.of(AuditAction.DISQUALIFICATION_PROPOSED, AuditedEntity.CARRIER, carrier.id()).tenant(carrier.tenantId())
                    .rule(ground.rule()).detail(detail));
        }
        return added;
    }

    private String keepEvidence(UploadedFile evidence) {
        return store.keepChecked(evidence).sha256();
    }

    /** M5.4: the end of the ban, by the years of the rule set in force on the effective date (A8.1). */
    private LocalDate banEndsOn(LocalDate effectiveOn) {
        return DisqualificationRules.banEndsOn(effectiveOn,
                measures.figure(Threshold.REAPPLICATION_BAN_YEARS, effectiveOn).intValueExact());
    }
}
