package cn.kunming.kjj.carrier.credit;

import cn.kunming.kjj.carrier.common.UnitId;
import cn.kunming.kjj.carrier.common.CarrierId;
import cn.kunming.kjj.carrier.common.NoticeId;
import cn.kunming.kjj.carrier.common.CallId;
import cn.kunming.kjj.carrier.common.DossierId;
import cn.kunming.kjj.carrier.support.Scenarios;
import cn.kunming.kjj.carrier.carrier.CarrierFilter;
import cn.kunming.kjj.carrier.carrier.CarrierService;
import cn.kunming.kjj.carrier.common.ImportReport;
import cn.kunming.kjj.carrier.dossier.Dossier;
import cn.kunming.kjj.carrier.dossier.DossierService;
import cn.kunming.kjj.carrier.dossier.DossierStatus;
import cn.kunming.kjj.carrier.dossier.DossierVersion;
import cn.kunming.kjj.carrier.publicity.PublicNoticeService;
import cn.kunming.kjj.carrier.review.DistrictAction;
import cn.kunming.kjj.carrier.review.ReviewScenario;
import cn.kunming.kjj.carrier.security.Role;
import cn.kunming.kjj.carrier.support.As;
import cn.kunming.kjj.carrier.support.MovableClock;
import cn.kunming.kjj.carrier.support.PortalSpringTest;
import cn.kunming.kjj.carrier.tenant.HostUnitService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.annotation.Transactional;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

import static cn.kunming.kjj.carrier.review.ReviewScenario.DISTRICT;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

@PortalSpringTest
@Transactional
class CreditCheckTest {

    @Autowired
    CreditService credit;
    @Autowired
    CreditDailyJob daily;
    @Autowired
    ReviewScenario scenario;
    @Autowired
    DossierService dossiers;
    @Autowired
    HostUnitService units;
    @Autowired
    PublicNoticeService notices;
    @Autowired
    CarrierService carriers;
    @Autowired
    MovableClock clock;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    cn.kunming.kjj.carrier.review.RecommendationService recommendations;
    @Autowired
    cn.kunming.kjj.carrier.review.ReviewAssignmentService assignments;
    @Autowired
    cn.kunming.kjj.carrier.review.DecisionService decisions;


    @AfterEach
    void reset() {
        As.signOut();
        clock.reset();
    }

    private static byte[] csv(String... lines) {
        return ("统一社会信用代码,名称,名单类型,列入机关,列入日期,移出日期\n" + String.join("\n", lines) + "\n")
                .getBytes(StandardCharsets.UTF_8);
    }

    private String codeOf(UnitId unitId) {
        As.role(Role.BUREAU_OFFICER, "KMKJJ");
        return units.find(unitId).orElseThrow().creditCode();
    }

    @Test
    void aFileWithAnErrorImportsNothingAndTheSameFileTwiceChangesNothing() {
        As.role(Role.BUREAU_OFFICER, "KMKJJ");
        int before = jdbc.queryForObject("select count(*) from credit_list_entry", Integer.class);
        ImportReport bad = credit.importList("bad.csv", csv("91350100M000100Y43,甲公司,严重失信主体名单,市场监管局,2025-03-01,",
                "91350100M000100Y43,乙公司,严重失信主体名单,,2025-03-01,"));
        assertThat(bad.imported()).isFalse();
        assertThat(bad.problems()).extracting(ImportReport.Problem::line).containsExactly(3);
        assertThat(jdbc.queryForObject("select count(*) from credit_list_entry", Integer.class)).isEqualTo(before);

        byte[] good = csv("91350100M000100Y43,甲公司,严重失信主体名单,市场监管局,2025-03-01,");
        assertThat(credit.importList("good.csv", good).added()).isEqualTo(1);
        ImportReport again = credit.importList("good-copy.csv", good);
        assertThat(again.problems()).extracting(ImportReport.Problem::key).containsExactly("creditImport.alreadyImported");
        assertThat(jdbc.queryForObject("select count(*) from credit_list_entry", Integer.class)).isEqualTo(before + 1);
    }

    @Test
    void aUnitListedWithinTheYearFailsC25AtSubmissionAndTheCheckIsKeptWithTheEntry() {
        CallId call = scenario.openCall();
        ReviewScenario.Submitted first = scenario.submitted(call, DISTRICT);
        String code = codeOf(first.unitId());
        LocalDate removed = LocalDate.now(clock).minusMonths(12);
        credit.importList("list.csv", csv(code + ",某单位,严重失信主体名单,市场监管局,2024-01-01," + removed));

        CallId next = scenario.openCall();
        As.signIn(first.applicant());
        DossierId id = dossiers.open(next, cn.kunming.kjj.carrier.common.CarrierKind.PILOT_PLATFORM);
        assertThat(dossiers.check(id).listings()).singleElement()
                .satisfies(e -> assertThat(e.removedOn()).isEqualTo(removed));
        assertThat(dossiers.check(id).evaluation().results()).anySatisfy(r -> {
            assertThat(r.rule()).isEqualTo("C3.6");
            assertThat(r.outcome()).isEqualTo(cn.kunming.kjj.carrier.eligibility.Outcome.FAIL);
        });

        clock.advance(java.time.Duration.ofDays(1));
        assertThat(dossiers.check(id).listings()).as("removed one day more than a year before").isEmpty();
    }

    @Test
    void theSubmissionOfAListedUnitNeedsAcknowledgementAndLeavesACheckRecord() {
        CallId call = scenario.openCall();
        ReviewScenario.Submitted s = scenario.submitted(call, DISTRICT);
        String code = codeOf(s.unitId());
        credit.importList("list.csv", csv(code + ",某单位,严重失信主体名单,市场监管局,2026-01-01,"));
        CallId next = scenario.openCall();
        As.signIn(s.applicant());
        DossierId id = dossiers.open(next, cn.kunming.kjj.carrier.common.CarrierKind.CONCEPT_CENTER);
        Dossier draft = dossiers.saveDraft(id, 0, Scenarios.eligibleContent()).dossier();
        assertThatThrownBy(() -> dossiers.submit(id, draft.version(), false))
                .hasMessage("dossier.failuresNeedAcknowledgement");
        DossierVersion v = dossiers.submit(id, draft.version(), true);
        assertThat(v.eligible()).isFalse();
        As.role(Role.DISTRICT_OFFICER, DISTRICT);
        assertThat(credit.checksOfDossier(id)).isNotEmpty().allSatisfy(c -> {
            assertThat(c.occasion()).isEqualTo(CheckOccasion.SUBMISSION);
            assertThat(c.result()).isEqualTo(CheckResult.LISTED);
            assertThat(c.matched()).extracting(ListingEntry::creditCode).containsOnly(code);
        });
        As.role(Role.DISTRICT_OFFICER, "530103");
        assertThatThrownBy(() -> credit.checksOfUnit(s.unitId()))
                .isInstanceOf(cn.kunming.kjj.carrier.common.NotFoundException.class);
        assertThatThrownBy(() -> credit.exportChecksOfUnit(s.unitId()))
                .isInstanceOf(cn.kunming.kjj.carrier.common.NotFoundException.class);
        assertThat(credit.checksOfDossier(id)).isEmpty();
    }

    @Test
    void theExportOfAUnitsChecksHasTheListsRowsWithTheResultInChinese() throws Exception {
        ReviewScenario.Submitted s = scenario.submitted(scenario.openCall(), DISTRICT);
        As.role(Role.DISTRICT_OFFICER, DISTRICT);
        var checks = credit.checksOfUnit(s.unitId());
        try (var book = org.apache.poi.ss.usermodel.WorkbookFactory.create(
                new java.io.ByteArrayInputStream(credit.exportChecksOfUnit(s.unitId())))) {
            var sheet = book.getSheetAt(0);
            assertThat(sheet.getLastRowNum()).isEqualTo(checks.size()).isPositive();
            assertThat(sheet.getRow(1).getCell(1).getStringCellValue()).isEqualTo(codeOf(s.unitId()));
            assertThat(sheet.getRow(1).getCell(2).getStringCellValue()).isEqualTo("申报提交时");
            assertThat(sheet.getRow(1).getCell(4).getCellType()).isEqualTo(org.apache.poi.ss.usermodel.CellType.NUMERIC);
        }
        // audited under the unit's entity type, as every other event about a unit, so that the auditor's filter finds it
        assertThat(jdbc.queryForObject("select entity_type from audit_event where action = 'CREDIT_CHECKS_EXPORTED'"
                + " and entity_id = ? order by id desc limit 1", String.class, String.valueOf(s.unitId()))).isEqualTo("HOST_UNIT");
    }

    @Test
    void theDailyJobRunTwiceChecksEachCarrierOnceAndRaisesOneAlertThatAPersonDecides() {
        clock.set(LocalDate.of(2026, 6, 1).atTime(9, 0).atZone(ZoneId.of("Asia/Shanghai")).toInstant());
        CallId call = scenario.openCall();
        ReviewScenario.Submitted s = scenario.proposed(call, DISTRICT);
        As.role(Role.BUREAU_OFFICER, "KMKJJ");
        LocalDate end = notices.period(LocalDate.of(2026, 6, 1)).defaultEnd();
        NoticeId notice = notices.publish(call, LocalDate.of(2026, 6, 1), end, "0871-1");
        notices.setDocument(notice, 500 + (int) (notice.value() % 400), end.plusDays(1));
        clock.set(end.plusDays(1).atTime(9, 0).atZone(ZoneId.of("Asia/Shanghai")).toInstant());
        As.role(Role.BUREAU_OFFICER, "KMKJJ");
        notices.close(notice);
        CarrierId carrier = carriers.register(CarrierFilter.none()).stream().filter(c -> c.dossierId().equals(s.dossierId()))
                .findFirst().orElseThrow().id();
        credit.importList("list.csv", csv(codeOf(s.unitId()) + ",某单位,严重失信主体名单,市场监管局," + end + ","));
        As.signOut();

        daily.checkAll();
        daily.checkAll();
        assertThat(jdbc.queryForObject("select count(*) from credit_check where carrier_id = ?", Integer.class, carrier))
                .isEqualTo(1);
        As.role(Role.BUREAU_OFFICER, "KMKJJ");
        List<CreditAlert> alerts = credit.alerts(true).stream().filter(a -> a.carrierId().equals(carrier)).toList();
        assertThat(alerts).hasSize(1);
        assertThat(carriers.register(CarrierFilter.none()).stream().filter(c -> c.id().equals(carrier)).findFirst()
                .orElseThrow().status().active()).as("a list match alone disqualifies nothing").isTrue();
        assertThatThrownBy(() -> credit.decide(alerts.getFirst().id(), CreditAlert.AlertDecision.REFER_FOR_DISQUALIFICATION, " "))
                .hasMessage("credit.decisionIncomplete");
        credit.decide(alerts.getFirst().id(), CreditAlert.AlertDecision.REFER_FOR_DISQUALIFICATION, "经核实列入严重失信名单");
        assertThat(credit.alerts(true)).noneMatch(a -> a.carrierId().equals(carrier));

        clock.advance(java.time.Duration.ofDays(1));
        As.signOut();
        daily.checkAll();
        As.role(Role.BUREAU_OFFICER, "KMKJJ");
        assertThat(credit.alerts(true).stream().filter(a -> a.carrierId().equals(carrier)))
                .as("a new day, still listed, the decided alert is not hidden: a new one asks again").hasSize(1);
    }

    @Test
    void aManualCheckNeedsItsEvidenceFile() {
        CallId call = scenario.openCall();
        ReviewScenario.Submitted s = scenario.submitted(call, DISTRICT);
        As.role(Role.DISTRICT_OFFICER, DISTRICT);
        assertThatThrownBy(() -> credit.recordManualCheck(s.unitId(), false, "已查", null))
                .hasMessage("credit.evidenceMissing");
        byte[] png = cn.kunming.kjj.carrier.support.SampleFiles.png();
        long id = credit.recordManualCheck(s.unitId(), false, "信用中国查询无记录", cn.kunming.kjj.carrier.support.SampleFiles.upload("截图.png", png));
        assertThat(credit.checksOfUnit(s.unitId())).filteredOn(c -> c.id() == id).singleElement().satisfies(c -> {
            assertThat(c.source()).isEqualTo(CheckSource.CREDIT_CHINA_MANUAL);
            assertThat(c.evidenceName()).isEqualTo("截图.png");
        });
        assertThat(credit.evidence(id)).hasBinaryContent(png);
    }

    @Test
    void aListedUnitIsNotRecommendedAssignedOrProposedAndTheDistrictSeesItBeforeActing() {
        CallId call = scenario.openCall();
        ReviewScenario.Submitted listed = scenario.submitted(call, DISTRICT);
        credit.importList("list.csv", csv(codeOf(listed.unitId()) + ",某单位,严重失信主体名单,市场监管局,2026-01-01,"));

        As.role(Role.DISTRICT_OFFICER, DISTRICT);
        var workspace = recommendations.workspace(listed.dossierId());
        assertThat(workspace.listings()).extracting(ListingEntry::listType).containsExactly("严重失信主体名单");
        assertThatThrownBy(() -> recommendations.decide(listed.dossierId(), DistrictAction.RECOMMEND,
                ReviewScenario.allPresent(workspace.checklist()), "同意推荐", null)).hasMessage("review.creditBlocks");
        assertThat(status(listed)).as("a refusal changes nothing").isEqualTo(DossierStatus.SUBMITTED);
        assertThat(credit.checksOfDossier(listed.dossierId())).as("the check that refused it is kept")
                .anySatisfy(c -> {
                    assertThat(c.occasion()).isEqualTo(CheckOccasion.RECOMMENDATION);
                    assertThat(c.result()).isEqualTo(CheckResult.LISTED);
                });
        recommendations.decide(listed.dossierId(), DistrictAction.NOT_RECOMMEND,
                ReviewScenario.allPresent(workspace.checklist()), "列入严重失信名单", null);
        assertThat(status(listed)).isEqualTo(DossierStatus.NOT_RECOMMENDED);
        assertThat(credit.checksOfDossier(listed.dossierId())).as("不予推荐 is no recommendation")
                .filteredOn(c -> c.occasion() == CheckOccasion.RECOMMENDATION).hasSize(1);

        // listed only after the district recommended it: the bureau cannot assign experts either
        ReviewScenario.Submitted later = scenario.submitted(call, DISTRICT);
        scenario.recommend(later.dossierId(), DISTRICT);
        ReviewScenario.ExpertLogin expert = scenario.expert("信用门专家");
        As.role(Role.BUREAU_OFFICER, "KMKJJ");
        credit.importList("list2.csv", csv(codeOf(later.unitId()) + ",某单位,严重失信主体名单,市场监管局,2026-01-02,"));
        assertThatThrownBy(() -> assignments.assign(later.dossierId(), expert.expertId())).hasMessage("review.creditBlocks");
        assertThatThrownBy(() -> assignments.propose(later.dossierId(), true)).hasMessage("review.creditBlocks");
        assertThat(status(later)).isEqualTo(DossierStatus.RECOMMENDED);
    }

    @Test
    void aUnitListedBeforeTheBureausMeetingIsNotProposedButMayBeRejected() {
        CallId call = scenario.openCall();
        ReviewScenario.Submitted s = scenario.submitted(call, DISTRICT);
        scenario.recommend(s.dossierId(), DISTRICT);
        ReviewScenario.ExpertLogin a = scenario.expert("门甲");
        ReviewScenario.ExpertLogin b = scenario.expert("门乙");
        ReviewScenario.ExpertLogin c = scenario.expert("门丙");
        scenario.assign(s.dossierId(), a, b, c);
        for (ReviewScenario.ExpertLogin e : List.of(a, b, c)) {
            scenario.score(e, s.dossierId(), 85);
        }
        As.role(Role.BUREAU_OFFICER, "KMKJJ");
        credit.importList("list.csv", csv(codeOf(s.unitId()) + ",某单位,严重失信主体名单,市场监管局,2026-01-01,"));
        assertThatThrownBy(() -> decisions.recordMeeting(call, java.time.LocalDate.now(clock), "纪要1",
                List.of(new cn.kunming.kjj.carrier.review.DecisionLine(s.dossierId(),
                        cn.kunming.kjj.carrier.review.DecisionOutcome.PROPOSED, "")))).hasMessage("review.creditBlocks");
        assertThat(status(s)).isEqualTo(DossierStatus.REVIEWED);
        decisions.recordMeeting(call, java.time.LocalDate.now(clock), "纪要2", List.of(new cn.kunming.kjj.carrier.review
                .DecisionLine(s.dossierId(), cn.kunming.kjj.carrier.review.DecisionOutcome.REJECTED, "列入严重失信名单（C2.5）")));
        assertThat(status(s)).isEqualTo(DossierStatus.REJECTED);
    }

    private DossierStatus status(ReviewScenario.Submitted s) {
        return DossierStatus.valueOf(jdbc.queryForObject("select status from dossier where id = ?", String.class,
                s.dossierId()));
    }
}
