package cn.kunming.kjj.carrier.annualreport;

import cn.kunming.kjj.carrier.common.CarrierId;
import cn.kunming.kjj.carrier.common.ReportId;
import cn.kunming.kjj.carrier.expertreview.ExpertWork;
import cn.kunming.kjj.carrier.expertreview.Subject;
import cn.kunming.kjj.carrier.audit.AuditLog;
import cn.kunming.kjj.carrier.audit.AuditQuery;
import cn.kunming.kjj.carrier.audit.AuditPosition;
import cn.kunming.kjj.carrier.carrier.CarrierService;
import cn.kunming.kjj.carrier.common.NotFoundException;
import cn.kunming.kjj.carrier.publicity.PublicNoticeService;
import cn.kunming.kjj.carrier.expertreview.Criterion;
import cn.kunming.kjj.carrier.expertreview.ExpertOpinion;
import cn.kunming.kjj.carrier.review.ReviewScenario;
import cn.kunming.kjj.carrier.expertreview.ScoreSheet;
import cn.kunming.kjj.carrier.security.PortalUser;
import cn.kunming.kjj.carrier.security.Role;
import cn.kunming.kjj.carrier.support.As;
import cn.kunming.kjj.carrier.support.MovableClock;
import cn.kunming.kjj.carrier.support.PortalSpringTest;
import cn.kunming.kjj.carrier.tenant.HostUnitService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.annotation.Transactional;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Map;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

@PortalSpringTest
@Transactional
class ReportReviewTest {

    @Autowired
    AuditLog audit;
    @Autowired
    ReviewScenario scenario;
    @Autowired
    AnnualReportService reports;
    @Autowired
    ReportReviewService review;
    @Autowired
    ExpertWork work;
    @Autowired
    PublicNoticeService notices;
    @Autowired
    CarrierService carriers;
    @Autowired
    HostUnitService units;
    @Autowired
    MovableClock clock;

    @AfterEach
    void reset() {
        As.signOut();
        clock.reset();
    }

    private PortalUser applicant;

    /** A carrier approved in March 2026 whose unit submitted its 2026 report on 1 February 2027. */
    private ReportId submittedReport() {
        clock.set(LocalDate.of(2026, 3, 2).atTime(10, 0).atZone(ZoneId.of("Asia/Shanghai")).toInstant());
        CarrierId carrier = scenario.approvedCarrier(scenario.openCall(), ReviewScenario.DISTRICT, clock, notices, carriers);
        applicant = scenario.lastApplicant;
        clock.set(LocalDate.of(2027, 2, 1).atTime(10, 0).atZone(ZoneId.of("Asia/Shanghai")).toInstant());
        As.signIn(applicant);
        ReportId reportId = reports.open(carrier, 2026);
        reports.submit(reportId, 0, new ReportContent("基本情况", "人才", "项目", "成效", "案例", "财务", "问题",
                new BigDecimal("100"), 5, 1, BigDecimal.ZERO));
        return reportId;
    }

    @Test
    void expertsEvaluateASubmittedReportUnderTheConflictRulesOfDossierReview() {
        ReportId reportId = submittedReport();
        As.role(Role.BUREAU_OFFICER, "KMKJJ");
        String ownCode = units.find(applicant.unitId()).orElseThrow().creditCode();
        ReviewScenario.ExpertLogin colleague = scenario.expert("本单位专家", "生物医药", "某名称", ownCode);
        ReviewScenario.ExpertLogin expert = scenario.expert("外单位专家");
        ReviewScenario.ExpertLogin outsider = scenario.expert("未分派专家");
        As.role(Role.BUREAU_OFFICER, "KMKJJ");
        assertThatThrownBy(() -> review.assign(reportId, colleague.expertId())).hasMessage("review.expertSameUnit");
        review.assign(reportId, expert.expertId());

        As.signIn(outsider.user());
        assertThatThrownBy(() -> work.review(Subject.report(reportId))).isInstanceOf(NotFoundException.class);
        As.signIn(expert.user());
        assertThatThrownBy(() -> review.report(reportId)).hasMessage("review.declareFirst");
        work.declare(Subject.report(reportId), false, "");
        assertThatThrownBy(() -> work.declare(Subject.report(reportId), true, "再次声明")).as("as in dossier review")
                .hasMessage("review.alreadyDeclared");
        assertThat(review.report(reportId).content().talentTeam()).isEqualTo("人才");
        assertThatThrownBy(() -> submit(reportId, new ScoreSheet(Map.of(), "好", ExpertOpinion.SUPPORT)))
                .hasMessage("score.missing");
        Map<String, Integer> scores = work.criteria(Subject.report(reportId)).stream().collect(Collectors.toMap(Criterion::code, c -> 70));
        submit(reportId, new ScoreSheet(scores, "运行良好", ExpertOpinion.SUPPORT));

        As.role(Role.BUREAU_OFFICER, "KMKJJ");
        assertThat(review.summary(reportId).mean()).isEqualByComparingTo("70");
        assertThat(review.assignments(reportId)).singleElement().satisfies(a -> assertThat(a.expertName()).isEqualTo("外单位专家"));
    }

    @Test
    void reportFilesAreCheckedByContentLockedWithTheReportAndReadByItsExpert() {
        clock.set(LocalDate.of(2026, 3, 2).atTime(10, 0).atZone(ZoneId.of("Asia/Shanghai")).toInstant());
        CarrierId carrier = scenario.approvedCarrier(scenario.openCall(), ReviewScenario.DISTRICT, clock, notices, carriers);
        var applicant = scenario.lastApplicant;
        As.signIn(applicant);
        ReportId reportId = reports.open(carrier, 2026);
        byte[] pdf = cn.kunming.kjj.carrier.support.SampleFiles.pdf();
        assertThatThrownBy(() -> reports.attach(reportId, cn.kunming.kjj.carrier.support.SampleFiles.upload("财务报表.png", pdf))).hasMessage("attachment.nameDoesNotMatch");
        ReportFile file = reports.attach(reportId, cn.kunming.kjj.carrier.support.SampleFiles.upload("财务报表.pdf", pdf));
        reports.submit(reportId, 0, new ReportContent("基本情况", "人才", "项目", "成效", "案例", "财务", "问题",
                new BigDecimal("100"), 5, 1, BigDecimal.ZERO));
        assertThatThrownBy(() -> reports.attach(reportId, cn.kunming.kjj.carrier.support.SampleFiles.upload("补充.pdf", pdf))).hasMessage("report.locked");
        ReviewScenario.ExpertLogin expert = scenario.expert("读附件专家");
        As.role(Role.BUREAU_OFFICER, "KMKJJ");
        review.assign(reportId, expert.expertId());
        As.signIn(expert.user());
        work.declare(Subject.report(reportId), false, "");
        assertThat(review.fileContent(reportId, file.id())).hasBinaryContent(pdf);
    }

    @Test
    void aConflictDeclaredOnAReportIsAuditedWithTheExpertsNoteAsInDossierReview() {
        ReportId reportId = submittedReport();
        ReviewScenario.ExpertLogin expert = scenario.expert("曾任顾问的专家");
        As.role(Role.BUREAU_OFFICER, "KMKJJ");
        review.assign(reportId, expert.expertId());
        As.signIn(expert.user());
        work.declare(Subject.report(reportId), true, "曾为该单位顾问");
        As.role(Role.AUDITOR, null);
        assertThat(audit.page(new AuditQuery(null, "CONFLICT_DECLARED", "ANNUAL_REPORT", String.valueOf(reportId)), AuditPosition.newest(), 10).events())
                .singleElement().satisfies(e -> assertThat(e.detail()).contains("曾任顾问的专家", "曾为该单位顾问"));
    }

    private void submit(ReportId reportId, ScoreSheet sheet) {
        work.submitSheet(Subject.report(reportId), work.review(Subject.report(reportId)).assignment().version(), sheet);
    }
}
