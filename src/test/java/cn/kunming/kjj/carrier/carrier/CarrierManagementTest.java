package cn.kunming.kjj.carrier.carrier;

import cn.kunming.kjj.carrier.common.CarrierId;
import cn.kunming.kjj.carrier.common.CallId;
import cn.kunming.kjj.carrier.common.ReportId;
import cn.kunming.kjj.carrier.annualreport.AnnualReportService;
import cn.kunming.kjj.carrier.annualreport.EvaluationResult;
import cn.kunming.kjj.carrier.annualreport.ReportContent;
import cn.kunming.kjj.carrier.carrier.ManagementRecords.DisqualificationStatus;
import cn.kunming.kjj.carrier.carrier.ManagementRecords.FilingStatus;
import cn.kunming.kjj.carrier.common.CarrierKind;
import cn.kunming.kjj.carrier.dossier.DossierService;
import cn.kunming.kjj.carrier.publicity.PublicNoticeService;
import cn.kunming.kjj.carrier.review.ReviewScenario;
import cn.kunming.kjj.carrier.security.PortalUser;
import cn.kunming.kjj.carrier.security.Role;
import cn.kunming.kjj.carrier.support.As;
import cn.kunming.kjj.carrier.support.MovableClock;
import cn.kunming.kjj.carrier.support.PortalSpringTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.annotation.Transactional;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

import static cn.kunming.kjj.carrier.review.ReviewScenario.DISTRICT;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

@PortalSpringTest
@Transactional
class CarrierManagementTest {

    @Autowired
    ReviewScenario scenario;
    @Autowired
    CarrierManagementService management;
    @Autowired
    AnnualReportService reports;
    @Autowired
    PublicNoticeService notices;
    @Autowired
    CarrierService carriers;
    @Autowired
    DossierService dossiers;
    @Autowired
    MovableClock clock;

    private CarrierId carrier;
    private PortalUser applicant;

    private void on(LocalDate day) {
        clock.set(day.atTime(10, 0).atZone(ZoneId.of("Asia/Shanghai")).toInstant());
    }

    @BeforeEach
    void aCarrierApprovedInJune2026() {
        on(LocalDate.of(2026, 6, 1));
        carrier = scenario.approvedCarrier(scenario.openCall(), DISTRICT, clock, notices, carriers);
        applicant = scenario.lastApplicant;
    }

    @AfterEach
    void reset() {
        As.signOut();
        clock.reset();
    }

    private void bureau(String name) {
        As.user(name.hashCode() & 0xffff, Role.BUREAU_OFFICER, "KMKJJ", null);
    }

    private List<ManagementRecords.Disqualification> proposalsOfCarrier() {
        bureau("bureau");
        return management.proposals().stream().filter(d -> d.carrierId().equals(carrier)).toList();
    }

    private static ReportContent complete() {
        return new ReportContent("基本情况", "人才团队", "服务项目", "成效", "案例", "财务", "问题",
                new BigDecimal("120"), 8, 2, new BigDecimal("300"));
    }

    @Test
    void aReportMissingOnTheDeadlineIsNotAGroundAndTheDayAfterItIs() {
        on(LocalDate.of(2027, 3, 31));
        bureau("bureau");
        management.detect();
        assertThat(proposalsOfCarrier()).isEmpty();
        on(LocalDate.of(2027, 4, 1));
        bureau("bureau");
        management.detect();
        assertThat(proposalsOfCarrier()).extracting(ManagementRecords.Disqualification::ground)
                .containsExactly(Ground.REPORT_MISSING);
        management.detect();
        assertThat(proposalsOfCarrier()).as("proposed once").hasSize(1);
    }

    @Test
    void aSubmittedReportIsNoGroundEvenWhenLate() {
        on(LocalDate.of(2027, 4, 2));
        As.signIn(applicant);
        ReportId id = reports.open(carrier, 2026);
        assertThatThrownBy(() -> reports.submit(id, 0, ReportContent.empty())).hasMessage("report.missing");
        reports.submit(id, 0, complete());
        bureau("bureau");
        management.detect();
        assertThat(proposalsOfCarrier()).extracting(ManagementRecords.Disqualification::ground)
                .doesNotContain(Ground.REPORT_MISSING);
    }

    @Test
    void twoConsecutiveFailedYearsAreAGroundAndFailuresWithAPassBetweenAreNot() {
        on(LocalDate.of(2028, 12, 1));
        bureau("bureau");
        reports.evaluate(carrier, 2026, new BigDecimal("55"), EvaluationResult.FAIL, "");
        reports.evaluate(carrier, 2027, new BigDecimal("75"), EvaluationResult.PASS, "");
        reports.evaluate(carrier, 2028, new BigDecimal("50"), EvaluationResult.FAIL, "");
        management.detect();
        assertThat(proposalsOfCarrier()).extracting(ManagementRecords.Disqualification::ground)
                .doesNotContain(Ground.TWO_FAILED_EVALUATIONS);
        reports.evaluate(carrier, 2027, new BigDecimal("58"), EvaluationResult.FAIL, "复核后不合格");
        management.detect();
        assertThat(proposalsOfCarrier()).filteredOn(d -> d.ground() == Ground.TWO_FAILED_EVALUATIONS)
                .extracting(ManagementRecords.Disqualification::detail)
                .containsExactlyInAnyOrder("2026、2027 年度连续两年考核不合格", "2027、2028 年度连续两年考核不合格");
    }

    @Test
    void theSubsidyNeedsTwoPeopleAndIsPaidOncePerCarrier() {
        bureau("bureau");
        assertThatThrownBy(() -> management.prepareSubsidy(carrier, LocalDate.now(clock), "记-001"))
                .hasMessage("subsidy.notFiled");
        management.recordFiling(carrier, FilingStatus.FILED, "云科函〔2026〕8号", LocalDate.now(clock), null, null);
        management.prepareSubsidy(carrier, LocalDate.now(clock), "记-001");
        assertThatThrownBy(() -> management.approveSubsidy(carrier)).hasMessage("subsidy.sameOfficer");
        assertThatThrownBy(() -> management.prepareSubsidy(carrier, LocalDate.now(clock), "记-002"))
                .hasMessage("subsidy.alreadyGranted");
        bureau("second");
        management.approveSubsidy(carrier);
        assertThat(management.file(carrier).subsidy().orElseThrow().approvedBy()).isEqualTo("u" + ("second".hashCode() & 0xffff));
        assertThat(management.file(carrier).carrier().status()).isEqualTo(CarrierStatus.PROVINCIALLY_FILED);
    }

    @Test
    void aConfirmedDisqualificationBansTheUnitForTwoYearsAndPutsThePaidSubsidyToRecovery() {
        bureau("bureau");
        management.recordFiling(carrier, FilingStatus.FILED, "云科函〔2026〕8号", LocalDate.now(clock), null, null);
        management.prepareSubsidy(carrier, LocalDate.now(clock), "记-001");
        bureau("second");
        management.approveSubsidy(carrier);
        management.recordFiling(carrier, FilingStatus.REVOKED, "云科函〔2026〕9号", LocalDate.now(clock), "未按要求运行",
                null);
        ManagementRecords.Disqualification proposal = proposalsOfCarrier().getFirst();
        assertThat(proposal.ground()).isEqualTo(Ground.FILING_REVOKED);
        bureau("bureau");
        assertThatThrownBy(() -> management.decide(proposal.id(), true, "省级备案撤销", LocalDate.now(clock), " ", RecoveryChoice.full()))
                .hasMessage("disqualification.confirmIncomplete");
        LocalDate effective = LocalDate.now(clock);
        management.decide(proposal.id(), true, "省级备案撤销", effective, "已安排专项审计", RecoveryChoice.full());

        CarrierFile file = management.file(carrier);
        assertThat(file.carrier().status()).isEqualTo(CarrierStatus.DISQUALIFIED);
        assertThat(file.carrier().banEndsOn()).isEqualTo(effective.plusYears(2));
        assertThat(file.history()).extracting(ManagementRecords.StatusChange::to)
                .containsExactly(CarrierStatus.PROVINCIALLY_FILED, CarrierStatus.CULTIVATING, CarrierStatus.DISQUALIFIED);
        assertThat(file.disqualifications()).filteredOn(d -> d.status() == DisqualificationStatus.CONFIRMED)
                .extracting(ManagementRecords.Disqualification::auditFollowUp).containsExactly("已安排专项审计");
        assertThat(file.recovery().orElseThrow().outstanding()).isEqualByComparingTo("100000");
        assertThatThrownBy(() -> management.recordRecovery(carrier, new BigDecimal("100000.01"), effective))
                .hasMessage("recovery.amountInvalid");
        management.recordRecovery(carrier, new BigDecimal("40000"), effective.plusDays(30));
        assertThat(management.file(carrier).recovery().orElseThrow().outstanding()).isEqualByComparingTo("60000");

        CallId next = scenario.openCall();
        As.signIn(applicant);
        assertThatThrownBy(() -> dossiers.open(next, CarrierKind.PILOT_PLATFORM)).hasMessage("dossier.unitBanned");
    }

    @Test
    void anOfficerProposesOnGroundsThreeToSixOnlyWithEvidenceAndTheBureauMayDismiss() {
        As.role(Role.DISTRICT_OFFICER, DISTRICT);
        assertThatThrownBy(() -> management.proposeDisqualification(carrier, Ground.ACCIDENT, "重大安全事故", null))
                .hasMessage("disqualification.evidenceMissing");
        assertThatThrownBy(() -> management.proposeDisqualification(carrier, Ground.REPORT_MISSING, "x", cn.kunming.kjj.carrier.support.SampleFiles.upload("通报.pdf",
                cn.kunming.kjj.carrier.support.SampleFiles.pdf()))).hasMessage("disqualification.incomplete");
        management.proposeDisqualification(carrier, Ground.ACCIDENT, "重大安全事故", cn.kunming.kjj.carrier.support.SampleFiles.upload("通报.pdf",
                cn.kunming.kjj.carrier.support.SampleFiles.pdf()));
        As.role(Role.DISTRICT_OFFICER, "530103");
        assertThatThrownBy(() -> management.file(carrier)).isInstanceOf(cn.kunming.kjj.carrier.common.NotFoundException.class);
        ManagementRecords.Disqualification p = proposalsOfCarrier().getFirst();
        management.decide(p.id(), false, "事故责任不在本单位", null, null, RecoveryChoice.full());
        assertThat(management.file(carrier).carrier().status()).isEqualTo(CarrierStatus.CULTIVATING);
        assertThatThrownBy(() -> management.decide(p.id(), true, "x", LocalDate.now(clock), "y", RecoveryChoice.full()))
                .hasMessage("disqualification.alreadyDecided");
    }

    private ManagementRecords.Disqualification revokedWithSubsidyPaid() {
        bureau("bureau");
        management.recordFiling(carrier, FilingStatus.FILED, "云科函〔2026〕8号", LocalDate.now(clock), null, null);
        management.prepareSubsidy(carrier, LocalDate.now(clock), "记-001");
        bureau("second");
        management.approveSubsidy(carrier);
        management.recordFiling(carrier, FilingStatus.REVOKED, "云科函〔2026〕9号", LocalDate.now(clock), "未按要求运行",
                null);
        bureau("bureau");
        return proposalsOfCarrier().getFirst();
    }

    @Test
    void theDisqualificationTakesEffectBetweenTheApprovalAndTheDayOfDecisionSoTheBanCannotBeBackdated() {
        ManagementRecords.Disqualification p = revokedWithSubsidyPaid();
        LocalDate approved = management.file(carrier).carrier().approvedOn();
        LocalDate today = LocalDate.now(clock);
        // the case that was run: decided in 2026, effective 2024-01-01, so the ban would have "ended" on 2026-01-01
        for (LocalDate outside : List.of(LocalDate.of(2024, 1, 1), approved.minusDays(1), today.plusDays(1))) {
            assertThatThrownBy(() -> management.decide(p.id(), true, "省级备案撤销", outside, "审计", RecoveryChoice.full()))
                    .as(outside.toString()).hasMessage("disqualification.effectiveOutOfRange");
        }
        assertThat(management.file(carrier).carrier().status()).isNotEqualTo(CarrierStatus.DISQUALIFIED);
        management.decide(p.id(), true, "省级备案撤销", approved, "审计", RecoveryChoice.full());
        assertThat(management.file(carrier).carrier().banEndsOn()).isEqualTo(approved.plusYears(2));
    }

    @Test
    void theBureauRecoversAsTheCaseMayBeInFullInPartOrNotAtAllWithAReason() {
        ManagementRecords.Disqualification p = revokedWithSubsidyPaid();
        LocalDate today = LocalDate.now(clock);
        for (BigDecimal wrong : new BigDecimal[]{null, BigDecimal.ZERO, new BigDecimal("-1"), new BigDecimal("100000"),
                new BigDecimal("100000.01"), new BigDecimal("0.001")}) {
            assertThatThrownBy(() -> management.decide(p.id(), true, "省级备案撤销", today, "审计",
                    new RecoveryChoice(RecoveryDecision.PART, wrong, "部分运行")))
                    .as(String.valueOf(wrong)).hasMessage("recovery.partInvalid");
        }
        assertThatThrownBy(() -> management.decide(p.id(), true, "省级备案撤销", today, "审计",
                new RecoveryChoice(RecoveryDecision.PART, new BigDecimal("30000"), " "))).hasMessage("recovery.reasonMissing");
        assertThatThrownBy(() -> management.decide(p.id(), true, "省级备案撤销", today, "审计",
                new RecoveryChoice(RecoveryDecision.NONE, null, null))).hasMessage("recovery.reasonMissing");
        assertThatThrownBy(() -> management.decide(p.id(), true, "省级备案撤销", today, "审计",
                new RecoveryChoice(null, null, null))).hasMessage("recovery.chooseDecision");
        assertThatThrownBy(() -> management.decide(p.id(), true, "省级备案撤销", today, "审计",
                new RecoveryChoice(RecoveryDecision.NONE, null, "理".repeat(501)))).hasMessage("recovery.reasonTooLong");
        assertThat(management.file(carrier).recovery()).as("a refusal changes nothing").isEmpty();

        management.decide(p.id(), true, "省级备案撤销", today, "审计",
                new RecoveryChoice(RecoveryDecision.PART, new BigDecimal("99999.99"), "已按方案运行前三个季度"));
        ManagementRecords.Recovery recovery = management.file(carrier).recovery().orElseThrow();
        assertThat(recovery.decision()).isEqualTo(RecoveryDecision.PART);
        assertThat(recovery.amountDueYuan()).isEqualByComparingTo("99999.99");
        assertThat(recovery.decisionReason()).isEqualTo("已按方案运行前三个季度");
    }

    @Test
    void noRecoveryOwesNothingAndTheNoticeSaysSo() {
        ManagementRecords.Disqualification p = revokedWithSubsidyPaid();
        management.decide(p.id(), true, "省级备案撤销", LocalDate.now(clock), "审计",
                new RecoveryChoice(RecoveryDecision.NONE, null, "事出不可抗力"));
        ManagementRecords.Recovery recovery = management.file(carrier).recovery().orElseThrow();
        assertThat(recovery.decision()).isEqualTo(RecoveryDecision.NONE);
        assertThat(recovery.outstanding()).isEqualByComparingTo("0");
        assertThatThrownBy(() -> management.recordRecovery(carrier, BigDecimal.ONE, LocalDate.now(clock)))
                .hasMessage("recovery.amountInvalid");
    }
}
