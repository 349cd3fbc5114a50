package cn.kunming.kjj.carrier.matrix;

import cn.kunming.kjj.carrier.common.CarrierId;
import cn.kunming.kjj.carrier.common.ReportId;
import cn.kunming.kjj.carrier.common.ExpertId;
import cn.kunming.kjj.carrier.annualreport.AnnualReport;
import cn.kunming.kjj.carrier.annualreport.AnnualReportService;
import cn.kunming.kjj.carrier.annualreport.ReportContent;
import cn.kunming.kjj.carrier.annualreport.ReportReviewService;
import cn.kunming.kjj.carrier.annualreport.ReportStatus;
import cn.kunming.kjj.carrier.carrier.CarrierService;
import cn.kunming.kjj.carrier.common.Messages;
import cn.kunming.kjj.carrier.common.PortalException;
import cn.kunming.kjj.carrier.publicity.PublicNoticeService;
import cn.kunming.kjj.carrier.review.ReviewScenario;
import cn.kunming.kjj.carrier.security.PortalUser;
import cn.kunming.kjj.carrier.security.Role;
import cn.kunming.kjj.carrier.support.As;
import cn.kunming.kjj.carrier.support.MovableClock;
import cn.kunming.kjj.carrier.support.PortalSpringTest;
import cn.kunming.kjj.carrier.support.RuleNames;
import cn.kunming.kjj.carrier.support.SampleFiles;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.annotation.Transactional;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Every action on a yearly report (M5.1), in every status of {@link ReportStatus}: editing where it is editable,
 * returning and giving to experts where it is submitted; elsewhere refused naming the rule, and nothing changes — the
 * report row, its files, its expert assignments and the audit.
 */
@PortalSpringTest
@Transactional
class ReportActionMatrixTest {

    record Report(ReportId id, PortalUser applicant) {
    }

    record Action(String name, Predicate<ReportStatus> allowedIn, Step step) {
        @Override
        public String toString() {
            return name;
        }
    }

    @FunctionalInterface
    interface Step {
        void run(ReportActionMatrixTest t, Report r);
    }

    private static final ReportContent CONTENT = new ReportContent("基本情况", "人才", "项目", "成效", "案例", "财务", "问题",
            new BigDecimal("100"), 5, 1, BigDecimal.ZERO);

    static final List<Action> ACTIONS = List.of(
            new Action("单位保存报告", ReportStatus::editable, (t, r) -> {
                As.signIn(r.applicant());
                AnnualReport report = t.reports.report(r.id());
                t.reports.save(r.id(), report.version(), CONTENT);
            }),
            new Action("单位上传附件", ReportStatus::editable, (t, r) -> {
                As.signIn(r.applicant());
                t.reports.attach(r.id(), SampleFiles.upload("财务报表.pdf", SampleFiles.pdf()));
            }),
            new Action("单位提交报告", ReportStatus::editable, (t, r) -> {
                As.signIn(r.applicant());
                t.reports.submit(r.id(), t.reports.report(r.id()).version(), CONTENT);
            }),
            new Action("退回修改", status -> status == ReportStatus.SUBMITTED, (t, r) -> {
                As.role(Role.BUREAU_OFFICER, "KMKJJ");
                t.reports.returnForRevision(r.id(), "请补充财务数据");
            }),
            new Action("分派评价专家", status -> status == ReportStatus.SUBMITTED, (t, r) -> {
                ExpertId expert = t.scenario.expert("年报矩阵专家").expertId();
                As.role(Role.BUREAU_OFFICER, "KMKJJ");
                t.review.assign(r.id(), expert);
            }));

    static Stream<Arguments> cases() {
        return Arrays.stream(ReportStatus.values())
                .flatMap(status -> ACTIONS.stream().map(action -> Arguments.of(status, action)));
    }

    @Autowired
    ReviewScenario scenario;
    @Autowired
    AnnualReportService reports;
    @Autowired
    ReportReviewService review;
    @Autowired
    PublicNoticeService notices;
    @Autowired
    CarrierService carriers;
    @Autowired
    MovableClock clock;
    @Autowired
    JdbcTemplate jdbc;

    @AfterEach
    void reset() {
        As.signOut();
        clock.reset();
    }

    /** A carrier approved in March 2026 and its 2026 report, put in the status, looked at on 1 February 2027. */
    private Report reportIn(ReportStatus status) {
        clock.set(LocalDate.of(2026, 3, 2).atTime(10, 0).atZone(ZoneId.of("Asia/Shanghai")).toInstant());
        CarrierId carrier = scenario.approvedCarrier(scenario.openCall(), ReviewScenario.DISTRICT, clock, notices, carriers);
        PortalUser applicant = scenario.lastApplicant;
        clock.set(LocalDate.of(2027, 2, 1).atTime(10, 0).atZone(ZoneId.of("Asia/Shanghai")).toInstant());
        As.signIn(applicant);
        ReportId id = reports.open(carrier, 2026);
        reports.save(id, 0, CONTENT);
        As.signOut();
        jdbc.update("update annual_report set status = ? where id = ?", status.name(), id.value());
        return new Report(id, applicant);
    }

    private Map<String, Object> state(ReportId reportId) {
        return Map.of(
                "report", jdbc.queryForMap("select status, version, submitted_at, return_reason from annual_report where id = ?",
                        reportId),
                "files", count("select count(*) from report_attachment where report_id = ?", reportId),
                "assignments", count("select count(*) from expert_assignment where subject_type = 'ANNUAL_REPORT'"
                        + " and subject_id = ?", reportId),
                "audit", count("select count(*) from audit_event where entity_type = 'ANNUAL_REPORT' and entity_id = ?",
                        String.valueOf(reportId)));
    }

    private long count(String sql, Object arg) {
        Long n = jdbc.queryForObject(sql, Long.class, arg);
        return n == null ? 0 : n;
    }

    @ParameterizedTest(name = "{1} on a report {0}")
    @MethodSource("cases")
    void anActionIsAllowedExactlyWhereTheReportsStatusAllowsItElseRefusedNamingTheRuleAndNothingChanges(
            ReportStatus status, Action action) {
        Report r = reportIn(status);
        if (action.allowedIn().test(status)) {
            assertThatCode(() -> action.step().run(this, r)).as(action + " in " + status).doesNotThrowAnyException();
            return;
        }
        Map<String, Object> before = state(r.id());
        assertThatThrownBy(() -> action.step().run(this, r)).as(action + " in " + status)
                .isInstanceOfSatisfying(PortalException.class, e -> assertThat(Messages.of(e, Messages.CHINESE))
                        .as("the refusal names its rule").containsPattern(RuleNames.PATTERN));
        assertThat(state(r.id())).as("nothing changes").isEqualTo(before);
    }
}
