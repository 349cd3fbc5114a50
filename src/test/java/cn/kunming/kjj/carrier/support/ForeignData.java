package cn.kunming.kjj.carrier.support;

import cn.kunming.kjj.carrier.common.UnitId;
import cn.kunming.kjj.carrier.common.CarrierId;
import cn.kunming.kjj.carrier.common.NoticeId;
import cn.kunming.kjj.carrier.common.CallId;
import cn.kunming.kjj.carrier.common.ReportId;
import cn.kunming.kjj.carrier.common.DossierId;
import cn.kunming.kjj.carrier.support.Scenarios;
import cn.kunming.kjj.carrier.support.SampleFiles;
import cn.kunming.kjj.carrier.annualreport.AnnualReportService;
import cn.kunming.kjj.carrier.carrier.CarrierFilter;
import cn.kunming.kjj.carrier.carrier.CarrierManagementService;
import cn.kunming.kjj.carrier.carrier.CarrierService;
import cn.kunming.kjj.carrier.carrier.Ground;
import cn.kunming.kjj.carrier.common.CarrierKind;
import cn.kunming.kjj.carrier.credit.CreditService;
import cn.kunming.kjj.carrier.dossier.DossierService;
import cn.kunming.kjj.carrier.majorchange.ChangeType;
import cn.kunming.kjj.carrier.majorchange.MajorChangeService;
import cn.kunming.kjj.carrier.majorchange.ChangeDraft;
import cn.kunming.kjj.carrier.publicity.PublicNoticeService;
import cn.kunming.kjj.carrier.review.ReviewAssignmentService;
import cn.kunming.kjj.carrier.review.ReviewScenario;
import cn.kunming.kjj.carrier.security.PortalUser;
import cn.kunming.kjj.carrier.security.Role;
import cn.kunming.kjj.carrier.support.As;
import cn.kunming.kjj.carrier.support.Fixtures;
import cn.kunming.kjj.carrier.support.MovableClock;
import cn.kunming.kjj.carrier.tenant.ActivationStatus;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

/** One of each tenant-owned record, all of 五华区, for the isolation tests to reach for from elsewhere. */
public final class ForeignData {

    public static final String OWNER = "530102";
    public static final long MISSING = 987_654_321L;

    private final ApplicationContext context;

    public ForeignData(ApplicationContext context) {
        this.context = context;
    }

    private <T> T bean(Class<T> type) {
        return context.getBean(type);
    }

    /** The records of 五华区 that foreign actors try to reach. */
    public record Owned(long call, long notice, long dossier, long draft, long attachment, long carrier, long report,
                         long reportFile, long unit, long change, long disqualification, long check, long account,
                         long assignment, long notification, long expert, List<String> markers) {
    }

    public Owned owned() {
        ReviewScenario scenario = bean(ReviewScenario.class);
        MovableClock clock = bean(MovableClock.class);
        PublicNoticeService notices = bean(PublicNoticeService.class);
        CarrierService carriers = bean(CarrierService.class);
        ReviewAssignmentService assignments = bean(ReviewAssignmentService.class);
        CreditService credit = bean(CreditService.class);
        CarrierManagementService management = bean(CarrierManagementService.class);
        AnnualReportService reports = bean(AnnualReportService.class);
        MajorChangeService changes = bean(MajorChangeService.class);
        Fixtures fixtures = bean(Fixtures.class);
        DossierService dossiers = bean(DossierService.class);
        JdbcTemplate jdbc = bean(JdbcTemplate.class);
        clock.set(LocalDate.of(2026, 6, 1).atTime(10, 0).atZone(ZoneId.of("Asia/Shanghai")).toInstant());
        CallId call = scenario.openCall();
        CarrierId carrier = scenario.approvedCarrier(call, OWNER, clock, notices, carriers);
        PortalUser holder = scenario.lastApplicant;
        As.role(Role.BUREAU_OFFICER, "KMKJJ");
        var c = carriers.register(CarrierFilter.none()).stream().filter(x -> x.id().equals(carrier)).findFirst().orElseThrow();
        NoticeId notice = notices.ofCall(call).orElseThrow().id();
        long assignment = assignments.ofDossier(c.dossierId()).getFirst().id();
        long check = credit.checksOfUnit(c.unitId()).getFirst().id();
        management.proposeDisqualification(carrier, Ground.PUNISHED, "处罚", SampleFiles.upload("处罚决定书.pdf", SampleFiles.pdf()));
        long disqualification = management.proposals().stream().filter(d -> d.carrierId().equals(carrier)).findFirst()
                .orElseThrow().id();
        ReviewScenario.ExpertLogin expert = scenario.expert("矩阵专家");

        clock.set(LocalDate.of(2027, 1, 15).atTime(10, 0).atZone(ZoneId.of("Asia/Shanghai")).toInstant());
        As.signIn(holder);
        ReportId report = reports.open(carrier, 2026);
        long reportFile = reports.attach(report, SampleFiles.upload("年报附件.pdf", SampleFiles.pdf())).id();
        long change = changes.file(new ChangeDraft(carrier, ChangeType.HEAD_CHANGE, LocalDate.of(2027, 1, 10),
                "负责人变更", null, null, null, "新负责人"));

        UnitId draftUnit = fixtures.unit(OWNER, ActivationStatus.ACTIVE);
        CallId draftCall = scenario.openCall();
        As.user(draftUnit.value() + 50_000, Role.APPLICANT, OWNER, draftUnit);
        DossierId draft = dossiers.open(draftCall, CarrierKind.CONCEPT_CENTER);
        dossiers.saveDraft(draft, 0, Scenarios.eligibleContent());
        long attachment = dossiers.addAttachment(draft, null, SampleFiles.upload("草稿附件.pdf", SampleFiles.pdf())).id();
        As.signOut();

        Long notification = jdbc.queryForObject("select min(id) from notification where account_id = ?", Long.class,
                holder.accountId());
        List<String> markers = jdbc.queryForList("select name from host_unit where id in (?, ?)", String.class,
                c.unitId(), draftUnit);
        return new Owned(call.value(), notice.value(), c.dossierId().value(), draft.value(), attachment, carrier.value(), report.value(), reportFile, c.unitId().value(), change,
                disqualification, check, holder.accountId().value(), assignment, notification == null ? MISSING : notification,
                expert.expertId().value(), markers);
    }

}
