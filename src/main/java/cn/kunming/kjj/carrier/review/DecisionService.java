package cn.kunming.kjj.carrier.review;

import cn.kunming.kjj.carrier.common.CallId;
import cn.kunming.kjj.carrier.common.DossierId;
import cn.kunming.kjj.carrier.expertreview.AssignmentStatus;
import cn.kunming.kjj.carrier.expertreview.ScoreSummary;
import cn.kunming.kjj.carrier.expertreview.ReviewSettings;
import cn.kunming.kjj.carrier.expertreview.Assignment;
import cn.kunming.kjj.carrier.audit.AuditAction;
import cn.kunming.kjj.carrier.audit.AuditEntry;
import cn.kunming.kjj.carrier.audit.AuditedEntity;
import cn.kunming.kjj.carrier.audit.AuditLog;
import cn.kunming.kjj.carrier.common.ConcurrentEditException;
import cn.kunming.kjj.carrier.common.MessageKey;
import cn.kunming.kjj.carrier.common.NotFoundException;
import cn.kunming.kjj.carrier.common.PortalException;
import cn.kunming.kjj.carrier.credit.CheckOccasion;
import cn.kunming.kjj.carrier.credit.CheckWindow;
import cn.kunming.kjj.carrier.credit.CreditCheckRecords;
import cn.kunming.kjj.carrier.credit.CreditChecker;
import cn.kunming.kjj.carrier.credit.CreditSummary;
import cn.kunming.kjj.carrier.dossier.Dossier;
import cn.kunming.kjj.carrier.dossier.DossierStatus;
import cn.kunming.kjj.carrier.dossier.DossierVersion;
import cn.kunming.kjj.carrier.dossier.Dossiers;
import cn.kunming.kjj.carrier.dossier.FailedRules;
import cn.kunming.kjj.carrier.dossier.DossierPdf;
import cn.kunming.kjj.carrier.call.Call;
import cn.kunming.kjj.carrier.call.CallService;
import cn.kunming.kjj.carrier.common.PdfBook;
import cn.kunming.kjj.carrier.dossier.RuleAcknowledgement;
import cn.kunming.kjj.carrier.notification.Audience;
import cn.kunming.kjj.carrier.notification.NotificationKind;
import cn.kunming.kjj.carrier.notification.NotificationRequested;
import cn.kunming.kjj.carrier.expertreview.Assignments;
import cn.kunming.kjj.carrier.expertreview.SubjectType;
import cn.kunming.kjj.carrier.review.repository.DecisionRepository;
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
import org.jspecify.annotations.Nullable;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The collective decision (局集体研究决定, P4.4): the bureau's proposed cultivation list built from reviewed dossiers,
 * best score first, and the meeting that decides each one PROPOSED or REJECTED (with a reason).
 */
@Service
public class DecisionService {

    private final Dossiers dossiers;
    private final Assignments assignments;
    private final DecisionRepository decisions;
    private final HostUnits units;
    private final ReviewSettings settings;
    private final CurrentUser currentUser;
    private final AuditLog audit;
    private final Clock clock;
    private final CreditChecker credit;
    private final CreditCheckRecords creditRecords;
    private final ApplicationEventPublisher events;
    private final CreditGate gate;
    private final FailedRules failedRules;
    private final DossierPdf pdf;
    private final CallService calls;

    DecisionService(Dossiers dossiers, Assignments assignments, DecisionRepository decisions,
                    HostUnits units, ReviewSettings settings, CurrentUser currentUser, AuditLog audit,
                    Clock clock, CreditChecker credit, CreditCheckRecords creditRecords, ApplicationEventPublisher events,
                    CreditGate gate, FailedRules failedRules, DossierPdf pdf, CallService calls) {
        this.gate = gate;
        this.pdf = pdf;
        this.calls = calls;
        this.failedRules = failedRules;
        this.events = events;
        this.credit = credit;
        this.creditRecords = creditRecords;
        this.dossiers = dossiers;
        this.assignments = assignments;
        this.decisions = decisions;
        this.units = units;
        this.settings = settings;
        this.currentUser = currentUser;
        this.audit = audit;
        this.clock = clock;
    }

    /** The reviewed dossiers of a call, highest mean score first. */
    @PreAuthorize(Access.BUREAU)
    @Transactional(readOnly = true)
    public List<DecisionCandidate> candidates(CallId callId) {
        TenantScope scope = currentUser.scope();
        List<Dossier> reviewed = dossiers.find(scope, callId).stream()
                .filter(d -> d.status() == DossierStatus.REVIEWED).toList();
        Map<DossierId, List<Assignment>> byDossier = assignments.of(scope, SubjectType.DOSSIER,
                reviewed.stream().map(d -> d.id().value()).toList()).stream()
                .collect(Collectors.groupingBy(a -> DossierId.of(a.subjectId())));
        return reviewed.stream().map(d -> {
                    List<BigDecimal> totals = byDossier.getOrDefault(d.id(), List.of()).stream()
                            .filter(a -> a.status() == AssignmentStatus.SUBMITTED).map(Assignment::weightedScore)
                            .toList();
                    DossierVersion latest = dossiers.versions(scope, d.id()).getLast();
                    HostUnit unit = units.findById(scope, d.unitId()).orElseThrow();
                    return new DecisionCandidate(d, unit.name(),
                            ScoreSummary.of(totals, settings.disagreementSpread()), latest.eligible(),
                            latest.failAcknowledged(),
                            CreditSummary.latest(creditRecords.checksOfDossier(scope, d.id())).orElse(null),
                            FailedRules.failed(failedRules.evaluate(latest, unit)));
                })
                .sorted(Comparator.comparing((DecisionCandidate c) -> c.summary().mean(),
                        Comparator.nullsLast(Comparator.reverseOrder())).thenComparing(c -> c.dossier().id()))
                .toList();
    }

    /**
     * Records the bureau meeting with nothing acknowledged: proposing a dossier that fails a rule of Art. 2–3 is
     * refused (see the variant with a {@link RuleAcknowledgement}).
     */
    @PreAuthorize(Access.BUREAU)
    @Transactional(noRollbackFor = CreditBlockedException.class)
    public long recordMeeting(CallId callId, @Nullable LocalDate date, @Nullable String minuteNumber,
                              List<DecisionLine> lines) {
        return recordMeeting(callId, date, minuteNumber, lines, RuleAcknowledgement.none());
    }

    /**
     * Records the bureau meeting and its decision on each listed dossier. Refused as a whole, changing nothing, when
     * the date is in the future, the minute number is missing, a rejection has no reason, a dossier is not a
     * reviewed dossier of this call, or a proposed one is listed (C2.5/C3.6) or fails a rule of Art. 2–3 the bureau
     * was not shown ({@code shown}).
     */
    @PreAuthorize(Access.BUREAU)
    @Transactional(noRollbackFor = CreditBlockedException.class)
    public long recordMeeting(CallId callId, @Nullable LocalDate date, @Nullable String minuteNumber,
                              List<DecisionLine> lines, RuleAcknowledgement shown) {
        PortalUser me = currentUser.require();
        if (date == null || date.isAfter(LocalDate.now(clock))) {
            throw new PortalException("decision.dateInvalid");
        }
        if (minuteNumber == null || minuteNumber.isBlank()) {
            throw new PortalException("decision.minuteMissing");
        }
        if (lines.isEmpty()) {
            throw new PortalException("decision.nothingDecided");
        }
        Set<DossierId> seen = new HashSet<>();
        for (DecisionLine line : lines) {
            if (!seen.add(line.dossierId())) {
                throw new PortalException("decision.duplicate");
            }
            if (line.outcome() == DecisionOutcome.REJECTED && line.reason().isBlank()) {
                throw new PortalException("decision.reasonMissing");
            }
        }
        Map<DossierId, DecisionCandidate> reviewed = candidates(callId).stream()
                .collect(Collectors.toMap(c -> c.dossier().id(), c -> c));
        List<Decided> decided = new ArrayList<>();
        for (DecisionLine line : lines) {
            DecisionCandidate candidate = reviewed.get(line.dossierId());
            if (candidate == null) {
                Dossier d = dossiers.findById(me.scope(), line.dossierId()).orElseThrow(NotFoundException::new);
                throw new PortalException("review.illegalTransition", "P4.4", new MessageKey(d.status().messageKey()),
                        new MessageKey(line.outcome().leadsTo().messageKey()));
            }
            decided.add(new Decided(line, candidate));
        }
        for (Decided each : decided) {
            if (each.line().outcome() == DecisionOutcome.PROPOSED) {
                Dossier d = each.candidate().dossier();
                gate.requireNotListed(units.findById(me.scope(), d.unitId()).orElseThrow(),
                        dossiers.versions(me.scope(), d.id()).getLast().submittedAt().toLocalDate(),
                        CheckOccasion.DECISION, d.id());
            }
        }
        Map<DossierId, List<String>> acknowledged = new java.util.HashMap<>();
        for (DecisionLine line : lines) {
            if (line.outcome() == DecisionOutcome.PROPOSED) {
                acknowledged.put(line.dossierId(), failedRules.requireAcknowledged(me.scope(), line.dossierId(), shown));
            }
        }
        long meeting = decisions.insertMeeting(callId, date, minuteNumber.strip(), me.username(), LocalDateTime.now(clock));
        for (Decided each : decided) {
            DecisionLine line = each.line();
            DecisionCandidate c = each.candidate();
            if (!dossiers.moveStatus(me.scope(), line.dossierId(), DossierStatus.REVIEWED, line.outcome().leadsTo(), null)) {
                throw new ConcurrentEditException("DOSSIER", line.dossierId());
            }
            decisions.insertDecision(meeting, c.dossier(), line, c.summary().mean());
            HostUnit unit = units.findById(me.scope(), c.dossier().unitId()).orElseThrow();
            DossierVersion latest = dossiers.versions(me.scope(), c.dossier().id()).getLast();
            credit.check(unit.id(), unit.tenantId(), unit.creditCode(), CheckOccasion.DECISION,
                    CheckWindow.lastYearBefore(latest.submittedAt().toLocalDate()), c.dossier().id(), null);
            events.publishEvent(NotificationRequested.of(Audience.unit(c.dossier().unitId()), NotificationKind.DOSSIER_DECIDED,
                    "dossiers/" + c.dossier().id(), c.dossier().content().facts().name()));
            audit.record(AuditEntry.of(AuditAction.dossierMovedTo(line.outcome().leadsTo()), AuditedEntity.DOSSIER, line.dossierId())
                    .tenant(c.dossier().tenantId()).rule("P4.4")
                    .detail(minuteNumber.strip() + " " + date
                            + FailedRules.auditNote(acknowledged.getOrDefault(line.dossierId(), List.of()))
                            + (line.reason().isBlank() ? "" : ": " + line.reason())));
        }
        audit.record(AuditEntry.of(AuditAction.BUREAU_MEETING_RECORDED, AuditedEntity.CALL, callId).rule("P4.4")
                .detail(minuteNumber.strip() + " " + date + ", " + lines.size() + " decisions"));
        return meeting;
    }

    /**
     * The pack for the collective decision (issue 25, part 7): one PDF of the call's reviewed dossiers, best mean score
     * first, with a contents page, a summary table, and per dossier the experts' totals and opinions (by number, not by
     * name) followed by the dossier as submitted.
     */
    @PreAuthorize(Access.BUREAU)
    @Transactional(readOnly = true)
    public byte[] meetingPack(CallId callId) {
        Call call = calls.publishedCall(callId).orElseThrow(NotFoundException::new);
        List<DecisionCandidate> reviewed = candidates(callId);
        if (reviewed.isEmpty()) {
            throw new PortalException("decision.packEmpty");
        }
        TenantScope scope = currentUser.scope();
        Map<DossierId, List<Assignment>> sheets = assignments.of(scope, SubjectType.DOSSIER,
                reviewed.stream().map(c -> c.dossier().id().value()).toList()).stream()
                .filter(a -> a.status() == AssignmentStatus.SUBMITTED)
                .collect(Collectors.groupingBy(a -> DossierId.of(a.subjectId())));
        try (PdfBook book = new PdfBook(call.title() + " 集体研究会议材料")) {
            float[] columns = {0.6f, 3, 3, 1, 1, 1.6f};
            book.part("评审结果汇总（" + reviewed.size() + " 件，按专家平均分排序）");
            book.row(columns, "序号", "申报单位", "拟用名称", "平均分", "分差", "未通过条件");
            for (int i = 0; i < reviewed.size(); i++) {
                DecisionCandidate c = reviewed.get(i);
                book.row(columns, String.valueOf(i + 1), c.unitName(), c.dossier().content().facts().name(),
                        plain(c.summary().mean()), plain(c.summary().spread()), String.join("、", c.failedRules()));
            }
            for (DecisionCandidate c : reviewed) {
                HostUnit unit = units.findById(scope, c.dossier().unitId()).orElseThrow();
                pdf.write(book, c.dossier(), dossiers.versions(scope, c.dossier().id()).getLast(), unit);
                book.heading("专家评审（平均分 " + plain(c.summary().mean()) + "，分差 " + plain(c.summary().spread())
                        + (c.summary().disagreement() ? "，意见分歧较大" : "") + "）");
                List<Assignment> done = sheets.getOrDefault(c.dossier().id(), List.of());
                for (int i = 0; i < done.size(); i++) {
                    Assignment a = done.get(i);
                    book.field("专家 " + (i + 1), plain(a.weightedScore()) + " 分"
                            + (a.sheet() == null || a.sheet().opinion() == null ? ""
                            : "，" + cn.kunming.kjj.carrier.common.Messages.chinese(a.sheet().opinion().messageKey()))
                            + (a.sheet() == null || a.sheet().comments().isBlank() ? "" : "：" + a.sheet().comments()));
                }
            }
            return book.finish(call.title() + " · 集体研究会议材料 · 目录");
        }
    }

    private static String plain(@org.jspecify.annotations.Nullable BigDecimal n) {
        return n == null ? "—" : n.toPlainString();
    }

    /** A line of the meeting's decision with the reviewed dossier it decides. */
    private record Decided(DecisionLine line, DecisionCandidate candidate) {
    }

    @PreAuthorize(Access.BUREAU)
    @Transactional(readOnly = true)
    public List<Meeting> meetings(CallId callId) {
        return decisions.meetings(currentUser.scope(), callId);
    }
}
