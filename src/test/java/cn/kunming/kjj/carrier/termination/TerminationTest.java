package cn.kunming.kjj.carrier.termination;

import cn.kunming.kjj.carrier.common.CarrierId;
import cn.kunming.kjj.carrier.common.CallId;
import cn.kunming.kjj.carrier.common.ReportId;
import cn.kunming.kjj.carrier.carrier.CarrierManagementService;
import cn.kunming.kjj.carrier.carrier.CarrierService;
import cn.kunming.kjj.carrier.carrier.CarrierStatus;
import cn.kunming.kjj.carrier.common.ImportReport;
import cn.kunming.kjj.carrier.dossier.DossierService;
import cn.kunming.kjj.carrier.dossier.DossierStatus;
import cn.kunming.kjj.carrier.publicity.PublicNoticeService;
import cn.kunming.kjj.carrier.review.ReviewScenario;
import cn.kunming.kjj.carrier.security.PortalUser;
import cn.kunming.kjj.carrier.security.Role;
import cn.kunming.kjj.carrier.support.As;
import cn.kunming.kjj.carrier.support.MovableClock;
import cn.kunming.kjj.carrier.support.PortalSpringTest;
import cn.kunming.kjj.carrier.tenant.HostUnitService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.annotation.Transactional;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneId;

import static cn.kunming.kjj.carrier.review.ReviewScenario.DISTRICT;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

@PortalSpringTest
@Transactional
class TerminationTest {

    @Autowired
    RegistrationService registrations;
    @Autowired
    Terminations terminations;
    @Autowired
    CarrierManagementService management;
    @Autowired
    ReviewScenario scenario;
    @Autowired
    PublicNoticeService notices;
    @Autowired
    CarrierService carriers;
    @Autowired
    DossierService dossiers;
    @Autowired
    HostUnitService units;
    @Autowired
    MovableClock clock;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    cn.kunming.kjj.carrier.majorchange.MajorChangeService changes;
    @Autowired
    cn.kunming.kjj.carrier.annualreport.AnnualReportService reports;

    private CarrierId carrier;
    private PortalUser applicant;
    private String code;

    @BeforeEach
    void aCarrierWithAPendingDossier() {
        clock.set(LocalDate.of(2026, 3, 2).atTime(10, 0).atZone(ZoneId.of("Asia/Shanghai")).toInstant());
        carrier = scenario.approvedCarrier(scenario.openCall(), DISTRICT, clock, notices, carriers);
        applicant = scenario.lastApplicant;
        CallId call = scenario.openCall();
        As.signIn(applicant);
        dossiers.open(call, cn.kunming.kjj.carrier.common.CarrierKind.PILOT_PLATFORM);
        As.role(Role.BUREAU_OFFICER, "KMKJJ");
        code = units.find(applicant.unitId()).orElseThrow().creditCode();
    }

    @AfterEach
    void reset() {
        As.signOut();
        clock.reset();
    }

    private ImportReport importStatus(String status, String date) {
        As.role(Role.BUREAU_OFFICER, "KMKJJ");
        return registrations.importFile("登记.csv", ("统一社会信用代码,登记状态,日期\n" + code + "," + status + "," + date
                + "\n91350100M000100Y43,注销,2026-01-01\n").getBytes(StandardCharsets.UTF_8));
    }

    private long count(String sql, Object... args) {
        return jdbc.queryForObject(sql, Long.class, args);
    }

    @Test
    void aDeregisteredUnitsCarrierIsTerminatedOnTheDateAndItsPendingDossierWithdrawnOnceAcrossTwoRuns() {
        assertThat(importStatus("注销", "2026-04-15").added()).isEqualTo(1);
        assertThat(importStatus("注销", "2026-04-15").problems()).extracting(ImportReport.Problem::key)
                .containsExactly("registrationImport.alreadyImported");
        As.signOut();
        assertThat(terminations.runAll(id -> { })).isEqualTo(2);
        assertThat(terminations.runAll(id -> { })).isZero();
        As.role(Role.BUREAU_OFFICER, "KMKJJ");
        var file = management.file(carrier);
        assertThat(file.carrier().status()).isEqualTo(CarrierStatus.TERMINATED);
        assertThat(file.carrier().statusSince()).isEqualTo(LocalDate.of(2026, 4, 15));
        assertThat(count("select count(*) from registration_alert where carrier_id = ?", carrier)).isEqualTo(1);
        assertThat(count("select count(*) from audit_event where action = 'CARRIER_TERMINATED' and entity_id = ? and rule_id = 'G6.3'",
                String.valueOf(carrier))).isEqualTo(1);
        As.signIn(applicant);
        assertThat(dossiers.mine()).extracting(d -> d.status()).contains(DossierStatus.WITHDRAWN)
                .doesNotContain(DossierStatus.DRAFT);
    }

    @Test
    void aCarrierWhoseUnitWasDeregisteredBeforeItsApprovalIsTerminatedFromItsApprovalNeverBefore() {
        As.role(Role.BUREAU_OFFICER, "KMKJJ");
        LocalDate approvedOn = management.file(carrier).carrier().approvedOn();
        assertThat(approvedOn).isAfter(LocalDate.of(2026, 3, 3));
        importStatus("注销", "2026-03-03");
        As.signOut();
        terminations.runAll(id -> { });
        As.role(Role.BUREAU_OFFICER, "KMKJJ");
        var file = management.file(carrier);
        assertThat(file.carrier().status()).isEqualTo(CarrierStatus.TERMINATED);
        assertThat(file.carrier().statusSince()).isEqualTo(approvedOn);
        assertThat(file.history().getLast().changedOn()).isEqualTo(approvedOn);
    }

    @Test
    void aTerminatedCarrierKeepsItsSubmittedReportInTheListAndTakesNoFurtherMajorChangeDecision() {
        As.signIn(applicant);
        long change = changes.file(new cn.kunming.kjj.carrier.majorchange.ChangeDraft(carrier,
                cn.kunming.kjj.carrier.majorchange.ChangeType.HEAD_CHANGE, LocalDate.now(clock).minusDays(1), "负责人变更",
                null, null, null, "新负责人"));
        As.role(Role.DISTRICT_OFFICER, DISTRICT);
        changes.districtOpinion(change, "情况属实");
        clock.set(LocalDate.of(2027, 2, 1).atTime(10, 0).atZone(ZoneId.of("Asia/Shanghai")).toInstant());
        As.signIn(applicant);
        ReportId report = reports.open(carrier, 2026);
        reports.submit(report, 0, new cn.kunming.kjj.carrier.annualreport.ReportContent("基本情况", "人才", "项目", "成效",
                "案例", "财务", "问题", new java.math.BigDecimal("100"), 5, 1, java.math.BigDecimal.ZERO));

        importStatus("注销", "2027-02-02");
        clock.set(LocalDate.of(2027, 2, 3).atTime(10, 0).atZone(ZoneId.of("Asia/Shanghai")).toInstant());
        As.signOut();
        terminations.runAll(id -> { });

        As.role(Role.BUREAU_OFFICER, "KMKJJ");
        assertThat(management.file(carrier).carrier().status()).isEqualTo(CarrierStatus.TERMINATED);
        assertThatThrownBy(() -> changes.decide(change, "仍符合条件")).hasMessage("change.carrierNotActive");
        assertThat(reports.rows(2026)).as("history keeps every record")
                .anySatisfy(r -> assertThat(r.report()).isNotNull().satisfies(x -> assertThat(x.id()).isEqualTo(report)));
        As.role(Role.DISTRICT_OFFICER, DISTRICT);
        assertThat(reports.rows(null)).anySatisfy(r -> assertThat(r.carrier().id()).isEqualTo(carrier));
    }

    @Test
    void aRunStoppedAfterTheFirstStepIsFinishedByTheNextAndNothingHappensTwice() {
        importStatus("注销", "2026-04-15");
        As.signOut();
        assertThatThrownBy(() -> terminations.runAll(id -> {
            throw new IllegalStateException("node killed");
        })).hasMessage("node killed");
        assertThat(count("select count(*) from carrier where id = ? and status = 'TERMINATED'", carrier)).isEqualTo(1);
        assertThat(terminations.runAll(id -> { })).isEqualTo(1);
        assertThat(count("select count(*) from registration_alert where unit_id = ?", applicant.unitId())).isEqualTo(2);
    }

    @Test
    void aRevokedLicenceOnlyRaisesAnAlertThatAPersonDecides() {
        importStatus("吊销", "2026-04-15");
        As.signOut();
        terminations.runAll(id -> { });
        terminations.runAll(id -> { });
        As.role(Role.BUREAU_OFFICER, "KMKJJ");
        assertThat(management.file(carrier).carrier().status()).isEqualTo(CarrierStatus.CULTIVATING);
        var alerts = registrations.alerts(true).stream().filter(a -> a.carrierId() != null && a.carrierId().equals(carrier)).toList();
        assertThat(alerts).singleElement().satisfies(a -> assertThat(a.kind()).isEqualTo(RegistrationAlert.Kind.LICENCE_REVOKED));
        As.role(Role.DISTRICT_OFFICER, DISTRICT);
        assertThatThrownBy(() -> registrations.close(alerts.getFirst().id(), true, "x")).hasMessage("registration.bureauDecides");
        As.role(Role.BUREAU_OFFICER, "KMKJJ");
        registrations.close(alerts.getFirst().id(), true, "经核实已停止经营");
        assertThat(management.file(carrier).carrier().status()).isEqualTo(CarrierStatus.TERMINATED);
        As.signIn(applicant);
        assertThat(dossiers.mine()).extracting(d -> d.status()).doesNotContain(DossierStatus.WITHDRAWN);
    }

    @Test
    void aFileWithAnUnknownStatusImportsNothing() {
        As.role(Role.BUREAU_OFFICER, "KMKJJ");
        ImportReport report = registrations.importFile("bad.csv", ("统一社会信用代码,登记状态,日期\n" + code + ",注销,2026-04-15\n"
                + code + ",迁出,2026-04-15\n").getBytes(StandardCharsets.UTF_8));
        assertThat(report.problems()).extracting(ImportReport.Problem::line).containsExactly(3);
        assertThat(units.find(applicant.unitId()).orElseThrow().registrationStatus())
                .isEqualTo(cn.kunming.kjj.carrier.tenant.RegistrationStatus.ACTIVE);
    }
}
