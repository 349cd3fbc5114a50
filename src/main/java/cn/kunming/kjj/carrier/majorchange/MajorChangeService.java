package cn.kunming.kjj.carrier.majorchange;

import cn.kunming.kjj.carrier.common.CarrierId;
import cn.kunming.kjj.carrier.eligibility.MeasuresValidity;
import cn.kunming.kjj.carrier.eligibility.Threshold;
import org.jspecify.annotations.Nullable;
import cn.kunming.kjj.carrier.audit.AuditAction;
import cn.kunming.kjj.carrier.audit.AuditEntry;
import cn.kunming.kjj.carrier.audit.AuditedEntity;
import cn.kunming.kjj.carrier.audit.AuditLog;
import cn.kunming.kjj.carrier.calendar.CalendarService;
import cn.kunming.kjj.carrier.calendar.WorkingCalendar;
import cn.kunming.kjj.carrier.carrier.Carrier;
import cn.kunming.kjj.carrier.carrier.CarrierStatus;
import cn.kunming.kjj.carrier.carrier.CarrierStatusChanges;
import cn.kunming.kjj.carrier.carrier.Carriers;
import cn.kunming.kjj.carrier.common.ConcurrentEditException;
import cn.kunming.kjj.carrier.common.NotFoundException;
import cn.kunming.kjj.carrier.common.PortalException;
import cn.kunming.kjj.carrier.common.TextLimits;
import cn.kunming.kjj.carrier.common.UnifiedSocialCreditCode;
import cn.kunming.kjj.carrier.dossier.Dossiers;
import cn.kunming.kjj.carrier.eligibility.EligibilityService;
import cn.kunming.kjj.carrier.eligibility.EligibilityResult;
import cn.kunming.kjj.carrier.eligibility.Facts;
import cn.kunming.kjj.carrier.majorchange.repository.ChangeRepository;
import cn.kunming.kjj.carrier.notification.Audience;
import cn.kunming.kjj.carrier.notification.NotificationKind;
import cn.kunming.kjj.carrier.notification.NotificationRequested;
import cn.kunming.kjj.carrier.security.Access;
import cn.kunming.kjj.carrier.security.CurrentUser;
import cn.kunming.kjj.carrier.security.PortalUser;
import cn.kunming.kjj.carrier.security.TenantScope;
import cn.kunming.kjj.carrier.tenant.HostUnit;
import cn.kunming.kjj.carrier.tenant.HostUnits;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.List;

/**
 * Major changes (G6.1, G6.2): the unit files a change within three months (a late filing is accepted and marked
 * with its days), the district gives its opinion, the bureau decides on the rules re-run on the updated facts:
 * still eligible → unchanged; no longer → CANCELLED from 1 January of the change's year. New name, credit code or
 * head are applied to the unit with history.
 */
@Service
public class MajorChangeService {

    private final ChangeRepository changes;
    private final MeasuresValidity measures;
    private final Carriers carriers;
    private final CarrierStatusChanges records;
    private final Dossiers dossiers;
    private final HostUnits units;
    private final EligibilityService eligibility;
    private final CalendarService calendar;
    private final CurrentUser currentUser;
    private final AuditLog audit;
    private final Clock clock;
    private final ApplicationEventPublisher events;

    MajorChangeService(ChangeRepository changes, Carriers carriers, CarrierStatusChanges records,
                       Dossiers dossiers, HostUnits units, EligibilityService eligibility,
                       CalendarService calendar, CurrentUser currentUser, AuditLog audit, Clock clock,
                       ApplicationEventPublisher events, MeasuresValidity measures) {
        this.measures = measures;
        this.events = events;
        this.changes = changes;
        this.carriers = carriers;
        this.records = records;
        this.dossiers = dossiers;
        this.units = units;
        this.eligibility = eligibility;
        this.calendar = calendar;
        this.currentUser = currentUser;
        this.audit = audit;
        this.clock = clock;
    }

    /** Three months after the change, Civil Code convention, moved off days off (G6.1). */
    @PreAuthorize(Access.ANYONE)
    @Transactional(readOnly = true)
    public ChangeDeadline deadline(LocalDate changedOn) {
        WorkingCalendar days = calendar.calendar();
        LocalDate due = days.monthsAfter(changedOn,
                measures.figure(Threshold.CHANGE_REPORT_MONTHS, changedOn).intValueExact());
        return new ChangeDeadline(due, !days.allKnown(due, due));
    }

    @PreAuthorize(Access.APPLICANT_OR_OFFICERS)
    @Transactional(readOnly = true)
    public List<MajorChange> changes() {
        return changes.find(currentUser.scope());
    }

    /** The change filings in scope as .xlsx, as the list shows them (G6.1–G6.2). */
    @PreAuthorize(Access.APPLICANT_OR_OFFICERS)
    @Transactional
    public byte[] export() {
        List<MajorChange> rows = changes.find(currentUser.scope());
        audit.record(AuditEntry.of(AuditAction.CHANGES_EXPORTED, AuditedEntity.MAJOR_CHANGE, "*").rule("G6.1").detail(rows.size() + " changes"));
        return cn.kunming.kjj.carrier.common.XlsxTable.write("重大变化报告", List.of("载体", "变化类型", "变化日期",
                "报告期限", "报告时间", "逾期天数", "状态", "区县意见", "审定结果", "审定理由"), rows.stream()
                .<List<?>>map(c -> java.util.Arrays.asList(c.carrierName(), cn.kunming.kjj.carrier.common.Messages.chinese(c.type().messageKey()), c.changedOn(),
                        c.dueOn(), c.filedAt(), c.daysLate(), cn.kunming.kjj.carrier.common.Messages.chinese(c.status().messageKey()), c.districtOpinion(),
                        c.decision() == null ? null : cn.kunming.kjj.carrier.common.Messages.chinese(c.decision().messageKey()), c.decisionReason())).toList());
    }

    @PreAuthorize(Access.APPLICANT_OR_OFFICERS)
    @Transactional(readOnly = true)
    public MajorChange change(long id) {
        return changes.findById(currentUser.scope(), id).orElseThrow(NotFoundException::new);
    }

    /** The facts the carrier was approved on (its dossier's last submitted version), to start the update from. */
    @PreAuthorize(Access.APPLICANT_OR_OFFICERS)
    @Transactional(readOnly = true)
    public Facts approvedFacts(CarrierId carrierId) {
        Carrier carrier = carriers.findById(currentUser.scope(), carrierId).orElseThrow(NotFoundException::new);
        return dossiers.versions(currentUser.scope(), carrier.dossierId()).getLast().content().facts();
    }

    /** Files a change (G6.1); refused only for a change in the future or one without description. */
    @PreAuthorize(Access.APPLICANT)
    @Transactional
    public long file(ChangeDraft change) {
        PortalUser me = currentUser.require();
        TextLimits.require(change);
        Carrier carrier = carriers.findById(me.scope(), change.carrierId()).orElseThrow(NotFoundException::new);
        LocalDate today = LocalDate.now(clock);
        if (!carrier.status().active()) {
            throw new PortalException("change.carrierNotActive");
        }
        if (change.type() == null || change.changedOn() == null || change.changedOn().isAfter(today)) {
            throw new PortalException("change.dateInvalid");
        }
        if (change.description() == null || change.description().isBlank()) {
            throw new PortalException("change.descriptionMissing");
        }
        if (change.newCreditCode() != null && !change.newCreditCode().isBlank()) {
            UnifiedSocialCreditCode.check(UnifiedSocialCreditCode.normalise(change.newCreditCode())).ifPresent(p -> {
                throw new PortalException(p.key(), p.args());
            });
        }
        ChangeDeadline deadline = deadline(change.changedOn());
        int daysLate = (int) Math.max(0, ChronoUnit.DAYS.between(deadline.dueOn(), today));
        long id = changes.insert(blankToNull(change), carrier.unitId(), carrier.tenantId(), deadline.dueOn(),
                deadline.estimated(), me.username(), LocalDateTime.now(clock));
        events.publishEvent(NotificationRequested.of(Audience.district(carrier.tenantId()), NotificationKind.CHANGE_FILED,
                "changes/" + id, carrier.name(), cn.kunming.kjj.carrier.common.Messages.chinese(change.type().messageKey())));
        audit.record(AuditEntry.of(AuditAction.CHANGE_FILED, AuditedEntity.CARRIER, carrier.id()).tenant(carrier.tenantId()).rule("G6.1")
                .detail(change.type() + " on " + change.changedOn() + ", due " + deadline.dueOn()
                        + (daysLate > 0 ? ", late by " + daysLate + " days" : "")));
        return id;
    }

    @PreAuthorize(Access.DISTRICT)
    @Transactional
    public void districtOpinion(long id, String opinion) {
        MajorChange c = change(id);
        requireCarrierActive(c);
        if (opinion == null || opinion.isBlank()) {
            throw new PortalException("change.opinionMissing");
        }
        if (!changes.districtOpinion(currentUser.scope(), id, c.version(), opinion.strip(),
                currentUser.require().username(), LocalDateTime.now(clock))) {
            throw new PortalException("change.notWaitingForDistrict");
        }
        audit.record(AuditEntry.of(AuditAction.CHANGE_DISTRICT_OPINION, AuditedEntity.CARRIER, c.carrierId()).tenant(c.tenantId())
                .rule("G6.2").detail(opinion.strip()));
    }

    /** The rules re-run on the facts as changed, judged on the day of the change. */
    @PreAuthorize(Access.OFFICERS)
    @Transactional(readOnly = true)
    public EligibilityResult evaluation(long id) {
        MajorChange c = change(id);
        Facts facts = c.facts() != null ? c.facts() : approvedFacts(c.carrierId());
        return eligibility.evaluate(facts.submittedOn(c.changedOn()));
    }

    /** The bureau's decision (G6.2), following the rules' verdict on the updated facts. */
    @PreAuthorize(Access.BUREAU)
    @Transactional
    public ChangeDecision decide(long id, String reason) {
        PortalUser me = currentUser.require();
        MajorChange c = change(id);
        if (c.status() != ChangeStatus.DISTRICT_REVIEWED) {
            throw new PortalException("change.districtFirst");
        }
        requireCarrierActive(c);
        if (reason == null || reason.isBlank()) {
            throw new PortalException("change.reasonMissing");
        }
        EligibilityResult evaluation = evaluation(id);
        ChangeDecision decision = evaluation.eligible() ? ChangeDecision.UNCHANGED : ChangeDecision.CANCELLED;
        LocalDateTime now = LocalDateTime.now(clock);
        if (!changes.decide(me.scope(), id, c.version(), evaluation.eligible(), evaluation.ruleSetVersion(), decision,
                reason.strip(), me.username(), now)) {
            throw new ConcurrentEditException("MAJOR_CHANGE", id);
        }
        Carrier carrier = carriers.findById(me.scope(), c.carrierId()).orElseThrow();
        if (decision == ChangeDecision.CANCELLED && carrier.status().active()) {
            LocalDate effective = LocalDate.of(c.changedOn().getYear(), 1, 1);
            records.changeStatus(carrier, CarrierStatus.CANCELLED, effective, null, "G6.2 " + reason.strip(),
                    me.username(), now);
            events.publishEvent(NotificationRequested.of(Audience.together(Audience.unit(carrier.unitId()), Audience.district(carrier.tenantId())),
                    NotificationKind.CARRIER_CANCELLED, "carriers/" + carrier.id(), carrier.name(), effective));
        }
        applyToUnit(c, me, now);
        audit.record(AuditEntry.of(AuditAction.CHANGE_DECIDED, AuditedEntity.CARRIER, c.carrierId()).tenant(c.tenantId()).rule("G6.2")
                .detail(decision + " (rules " + evaluation.ruleSetVersion() + "): " + reason.strip()));
        return decision;
    }

    private void applyToUnit(MajorChange c, PortalUser me, LocalDateTime now) {
        HostUnit unit = units.findById(me.scope(), c.unitId()).orElseThrow();
        String why = "G6.2 change " + c.id();
        if (c.newName() != null) {
            changes.changeUnit(unit.id(), unit.tenantId(), "name", unit.name(), c.newName(), c.changedOn(), why,
                    me.username(), now);
        }
        if (c.newCreditCode() != null) {
            String code = UnifiedSocialCreditCode.normalise(c.newCreditCode());
            if (units.findByCreditCode(new TenantScope.All(), code).filter(u -> !u.id().equals(unit.id())).isPresent()) {
                throw new PortalException("change.creditCodeTaken", code);
            }
            changes.changeUnit(unit.id(), unit.tenantId(), "creditCode", unit.creditCode(), code, c.changedOn(), why,
                    me.username(), now);
        }
        if (c.newHead() != null) {
            changes.changeUnit(unit.id(), unit.tenantId(), "head", unit.legalRepresentative(), c.newHead(),
                    c.changedOn(), why, me.username(), now);
        }
    }

    private static ChangeDraft blankToNull(ChangeDraft c) {
        return new ChangeDraft(c.carrierId(), c.type(), c.changedOn(), c.description().strip(), c.facts(),
                blank(c.newName()), blank(c.newCreditCode()), blank(c.newHead()));
    }

    private static @Nullable String blank(@Nullable String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    /** A carrier off the list (disqualified, cancelled, terminated) has no qualification left to keep or cancel (G6.2). */
    private void requireCarrierActive(MajorChange c) {
        Carrier carrier = carriers.findById(currentUser.scope(), c.carrierId()).orElseThrow(NotFoundException::new);
        if (!carrier.status().active()) {
            throw new PortalException("change.carrierNotActive");
        }
    }
}
