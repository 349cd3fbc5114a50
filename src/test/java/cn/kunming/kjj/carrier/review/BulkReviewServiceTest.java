package cn.kunming.kjj.carrier.review;

import cn.kunming.kjj.carrier.common.BulkItem;
import cn.kunming.kjj.carrier.common.BulkOutcome;
import cn.kunming.kjj.carrier.common.CallId;
import cn.kunming.kjj.carrier.common.DossierId;
import cn.kunming.kjj.carrier.common.Messages;
import cn.kunming.kjj.carrier.common.PortalException;
import cn.kunming.kjj.carrier.common.UnitId;
import cn.kunming.kjj.carrier.credit.CreditService;
import cn.kunming.kjj.carrier.dossier.DossierListService;
import cn.kunming.kjj.carrier.dossier.DossierStatus;
import cn.kunming.kjj.carrier.security.Role;
import cn.kunming.kjj.carrier.support.As;
import cn.kunming.kjj.carrier.support.Fixtures;
import cn.kunming.kjj.carrier.support.PortalSpringTest;
import cn.kunming.kjj.carrier.tenant.HostUnitService;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Collections;
import java.util.List;
import java.util.stream.LongStream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Acting on many dossiers at once (issue 25): every selected dossier goes through its own single-item action, in its
 * own transaction (no test transaction here, as in production), so a refused one — out of status, listed for
 * dishonesty, a problem judged, another tenant's, too few experts — stops no other, says why naming its rule, and
 * changes nothing; each one done is audited on its own.
 */
@PortalSpringTest
class BulkReviewServiceTest {

    private static final String DISTRICT = ReviewScenario.DISTRICT;

    @Autowired
    ReviewScenario scenario;
    @Autowired
    BulkReviewService bulk;
    @Autowired
    RecommendationService recommendations;
    @Autowired
    CreditService credit;
    @Autowired
    HostUnitService units;
    @Autowired
    DossierListService dossierList;
    @Autowired
    JdbcTemplate jdbc;

    @AfterEach
    void signOut() {
        As.signOut();
    }

    private DossierStatus status(DossierId id) {
        return DossierStatus.valueOf(jdbc.queryForObject("select status from dossier where id = ?", String.class, id));
    }

    private long audited(String action, DossierId id) {
        Long n = jdbc.queryForObject("select count(*) from audit_event where action = ? and entity_type = 'DOSSIER' "
                + "and entity_id = ?", Long.class, action, String.valueOf(id));
        return n == null ? 0 : n;
    }

    private void listForDishonesty(UnitId unit) {
        As.role(Role.BUREAU_OFFICER, "KMKJJ");
        String code = units.find(unit).orElseThrow().creditCode();
        credit.importList(Fixtures.unique("名单") + ".csv", ("统一社会信用代码,名称,名单类型,列入机关,列入日期,移出日期\n"
                + code + ",某单位,严重失信主体名单,市场监管局," + LocalDate.now().minusMonths(2) + ",\n")
                .getBytes(StandardCharsets.UTF_8));
        As.signOut();
    }

    private static String said(BulkItem item) {
        return Messages.get(item.messageKey(), Messages.CHINESE, item.args().toArray());
    }

    @Test
    void aDistrictRecommendsTheSelectedDossiersAndEveryRefusedOneSaysWhyWhileTheOthersGoThrough() {
        CallId call = scenario.openCall();
        DossierId good = scenario.submitted(call, DISTRICT).dossierId();
        ReviewScenario.Submitted already = scenario.submitted(call, DISTRICT);
        scenario.recommend(already.dossierId(), DISTRICT);
        ReviewScenario.Submitted listed = scenario.submitted(call, DISTRICT);
        listForDishonesty(listed.unitId());
        DossierId judgedAProblem = scenario.submitted(call, DISTRICT).dossierId();
        scenario.district(DISTRICT);
        recommendations.saveChecklistDraft(judgedAProblem, List.of(new ChecklistItem("team", Verdict.PROBLEM,
                "团队名单缺失")), "");
        DossierId otherTenants = scenario.submitted(call, "530103").dossierId();
        DossierId alsoGood = scenario.submitted(call, DISTRICT).dossierId();

        scenario.district(DISTRICT);
        BulkOutcome outcome = bulk.recommend(List.of(good, already.dossierId(), listed.dossierId(), judgedAProblem,
                otherTenants, alsoGood), "材料齐全真实，同意推荐");

        assertThat(outcome.items()).extracting(BulkItem::done).containsExactly(true, false, false, false, false, true);
        assertThat(outcome.done()).isEqualTo(2);
        assertThat(said(outcome.items().get(1))).contains("已推荐", "P4.3");
        assertThat(said(outcome.items().get(2))).contains("C2.5/C3.6");
        assertThat(said(outcome.items().get(3))).contains("有问题", "P4.3");
        assertThat(outcome.items().get(4).subject()).as("another tenant's dossier is only a number")
                .isEqualTo("#" + otherTenants.value());
        assertThat(outcome.items().get(4).messageKey()).isEqualTo("error.notFound");
        assertThat(outcome.items().getFirst().subject()).contains("昆明市生物医药概念验证中心");

        assertThat(List.of(good, alsoGood)).allSatisfy(id -> {
            assertThat(status(id)).isEqualTo(DossierStatus.RECOMMENDED);
            assertThat(audited("DOSSIER_RECOMMENDED", id)).as("each audited on its own").isEqualTo(1);
        });
        assertThat(status(listed.dossierId())).isEqualTo(DossierStatus.SUBMITTED);
        assertThat(status(judgedAProblem)).isEqualTo(DossierStatus.SUBMITTED);
        assertThat(status(otherTenants)).isEqualTo(DossierStatus.SUBMITTED);
        assertThat(List.of(listed.dossierId(), judgedAProblem, otherTenants))
                .allSatisfy(id -> assertThat(audited("DOSSIER_RECOMMENDED", id)).isZero());
        assertThat(audited("DOSSIER_RECOMMENDED", already.dossierId())).as("recommended once, before").isEqualTo(1);
        assertThat(jdbc.queryForObject("select count(*) from credit_check where dossier_id = ? and result = 'LISTED'",
                Long.class, listed.dossierId())).as("the check that refused it is kept").isEqualTo(1);
    }

    @Test
    void aDistrictReturnsTheSelectedDossiersWithOneReasonOnTheItemItNamesAndOneDate() {
        CallId call = scenario.openCall();
        DossierId first = scenario.submitted(call, DISTRICT).dossierId();
        DossierId second = scenario.submitted(call, DISTRICT).dossierId();
        LocalDate due = LocalDate.now().plusDays(10);
        scenario.district(DISTRICT);

        assertThatThrownBy(() -> bulk.returnForRevision(List.of(first, second), null, "请补充", due))
                .isInstanceOf(PortalException.class).hasMessage("bulk.returnItemMissing");
        assertThatThrownBy(() -> bulk.returnForRevision(List.of(first, second), "team", " ", due))
                .hasMessage("review.opinionMissing");
        assertThat(status(first)).as("refused before anything is done").isEqualTo(DossierStatus.SUBMITTED);

        BulkOutcome outcome = bulk.returnForRevision(List.of(first, second), "team", "请补充运营团队人员名单", due);
        assertThat(outcome.done()).isEqualTo(2);
        assertThat(List.of(first, second)).allSatisfy(id -> {
            assertThat(status(id)).isEqualTo(DossierStatus.RETURNED);
            assertThat(recommendations.history(id).getLast().items()).contains(
                    new ChecklistItem("team", Verdict.PROBLEM, "请补充运营团队人员名单"));
            assertThat(recommendations.history(id).getLast().revisionDue()).isEqualTo(due);
            assertThat(audited("DOSSIER_RETURNED", id)).isEqualTo(1);
        });

        DossierId third = scenario.submitted(call, DISTRICT).dossierId();
        scenario.district(DISTRICT);
        BulkOutcome pastDate = bulk.returnForRevision(List.of(third), "team", "请补充", LocalDate.now().minusDays(1));
        assertThat(said(pastDate.items().getFirst())).contains("P4.3");
    }

    @Test
    void theBureauDrawsExpertsForTheSelectedDossiersAndOnlyThoseWithTooFewExpertsOrInTheWrongStatusAreLeft() {
        CallId call = scenario.openCall();
        ReviewScenario.Submitted a = scenario.submitted(call, DISTRICT);
        ReviewScenario.Submitted b = scenario.submitted(call, "530103");
        ReviewScenario.Submitted noExperts = scenario.submitted(call, DISTRICT);
        ReviewScenario.Submitted notRecommended = scenario.submitted(call, DISTRICT);
        ReviewScenario.Submitted listedLater = scenario.submitted(call, DISTRICT);
        for (ReviewScenario.Submitted s : List.of(a, b, noExperts, listedLater)) {
            scenario.recommend(s.dossierId(), s.equals(b) ? "530103" : DISTRICT);
        }
        listForDishonesty(listedLater.unitId());
        for (ReviewScenario.Submitted s : List.of(a, b, notRecommended, listedLater)) {
            for (int i = 0; i < 3; i++) {
                scenario.expert(Fixtures.unique("专家"), s.field(), Fixtures.unique("研究院"), null);
            }
        }

        As.role(Role.BUREAU_OFFICER, "KMKJJ");
        BulkOutcome outcome = bulk.drawExperts(List.of(a.dossierId(), noExperts.dossierId(), notRecommended.dossierId(),
                b.dossierId(), listedLater.dossierId()));

        assertThat(outcome.items()).extracting(BulkItem::done).containsExactly(true, false, false, true, false);
        assertThat(said(outcome.items().get(1))).contains(noExperts.field(), "P4.4");
        assertThat(said(outcome.items().get(2))).contains("P4.4");
        assertThat(said(outcome.items().get(4))).contains("C2.5/C3.6");
        assertThat(List.of(a, b)).allSatisfy(s -> {
            assertThat(status(s.dossierId())).isEqualTo(DossierStatus.UNDER_EXPERT_REVIEW);
            assertThat(audited("EXPERTS_DRAWN", s.dossierId())).as("each draw audited on its own").isEqualTo(1);
            assertThat(jdbc.queryForObject("select count(*) from expert_assignment where subject_type = 'DOSSIER' "
                    + "and subject_id = ?", Long.class, s.dossierId())).isEqualTo(3);
        });
        assertThat(List.of(noExperts, notRecommended, listedLater)).allSatisfy(s -> {
            assertThat(audited("EXPERTS_DRAWN", s.dossierId())).isZero();
            assertThat(jdbc.queryForObject("select count(*) from expert_assignment where subject_type = 'DOSSIER' "
                    + "and subject_id = ?", Long.class, s.dossierId())).isZero();
        });

        BulkOutcome again = bulk.drawExperts(List.of(a.dossierId()));
        assertThat(said(again.items().getFirst())).as("a full panel is left as it is").contains("已足");
    }

    @Test
    void anEmptySelectionOrOneOfMoreThanTwoHundredIsRefusedBeforeAnythingIsDoneAndDuplicatesCountOnce() {
        scenario.district(DISTRICT);
        assertThatThrownBy(() -> bulk.recommend(List.of(), "同意")).hasMessage("bulk.nothingSelected");
        List<DossierId> tooMany = LongStream.rangeClosed(1, BulkOutcome.MOST + 1).mapToObj(DossierId::of).toList();
        assertThatThrownBy(() -> bulk.recommend(tooMany, "同意")).hasMessage("bulk.tooMany");
        DossierId missing = DossierId.of(987_654_321L);
        assertThat(bulk.recommend(Collections.nCopies(3, missing), "同意").items()).hasSize(1);
    }

    @Test
    void anExportOfTheSelectedRowsHoldsOnlyThoseInTheReadersScopeWithTheirCreditCodes() throws Exception {
        CallId call = scenario.openCall();
        ReviewScenario.Submitted own = scenario.submitted(call, DISTRICT);
        ReviewScenario.Submitted foreign = scenario.submitted(call, "530103");
        As.role(Role.BUREAU_OFFICER, "KMKJJ");
        String code = units.find(own.unitId()).orElseThrow().creditCode();
        scenario.district(DISTRICT);
        byte[] xlsx = dossierList.exportSelected(List.of(own.dossierId(), foreign.dossierId()));
        try (Workbook book = WorkbookFactory.create(new ByteArrayInputStream(xlsx))) {
            Sheet sheet = book.getSheetAt(0);
            assertThat(sheet.getLastRowNum()).isEqualTo(1);
            assertThat(sheet.getRow(1).getCell(1).getStringCellValue()).isEqualTo(code);
        }
        assertThat(jdbc.queryForObject("select detail from audit_event where action = 'DOSSIERS_EXPORTED' "
                + "order by id desc limit 1", String.class)).contains("1 selected dossiers", String.valueOf(own.dossierId()));
    }

    @Test
    void aDossierFailingRulesIsRecommendedInBulkOnlyDespiteTheRulesShownForItAndOnlyThose() {
        CallId call = scenario.openCall();
        ReviewScenario.Submitted small = scenario.submitted(call, DISTRICT, "合成生物", ReviewScenario.failing(150, 3));
        ReviewScenario.Submitted shown = scenario.submitted(call, DISTRICT, "合成生物", ReviewScenario.failing(150, 3));
        DossierId good = scenario.submitted(call, DISTRICT).dossierId();

        scenario.district(DISTRICT);
        java.util.Map<DossierId, List<String>> failing = bulk.failedRules(List.of(small.dossierId(), shown.dossierId(), good));
        assertThat(failing).as("the passing dossier is not listed").containsOnlyKeys(small.dossierId(), shown.dossierId());
        assertThat(failing.get(small.dossierId())).contains("C2.3a");

        BulkOutcome unseen = bulk.recommend(List.of(small.dossierId()), "同意推荐");
        assertThat(unseen.items().getFirst().done()).as("nothing shown, nothing acknowledged: refused").isFalse();
        assertThat(status(small.dossierId())).isEqualTo(DossierStatus.SUBMITTED);

        BulkOutcome partly = bulk.recommend(List.of(small.dossierId()), "同意推荐",
                cn.kunming.kjj.carrier.dossier.RuleAcknowledgement.of(small.dossierId(), List.of("C2.4a")));
        assertThat(partly.items().getFirst().done()).as("a rule it fails was not shown: refused").isFalse();

        cn.kunming.kjj.carrier.dossier.RuleAcknowledgement seen = cn.kunming.kjj.carrier.dossier.RuleAcknowledgement.none();
        for (var e : failing.entrySet()) {
            seen = seen.and(e.getKey(), e.getValue());
        }
        BulkOutcome outcome = bulk.recommend(List.of(small.dossierId(), shown.dossierId(), good), "同意推荐", seen);
        assertThat(outcome.done()).isEqualTo(3);
        assertThat(said(outcome.items().getFirst())).contains("C2.3a");
        assertThat(List.of(small.dossierId(), shown.dossierId(), good))
                .allSatisfy(id -> assertThat(status(id)).isEqualTo(DossierStatus.RECOMMENDED));
    }

    @Test
    void thirtyBulkRecommendationsOfTheSameFailingDossierPressedAtOnceRecommendItOnce() throws Exception {
        CallId call = scenario.openCall();
        ReviewScenario.Submitted failing = scenario.submitted(call, DISTRICT, "合成生物", ReviewScenario.failing(150, 3));
        scenario.district(DISTRICT);
        var seen = cn.kunming.kjj.carrier.dossier.RuleAcknowledgement.of(failing.dossierId(),
                bulk.failedRules(List.of(failing.dossierId())).get(failing.dossierId()));
        var district = scenario.district(DISTRICT);
        cn.kunming.kjj.carrier.support.As.signOut();

        List<Object> outcomes = cn.kunming.kjj.carrier.support.AtOnce.times(30, district,
                () -> bulk.recommend(List.of(failing.dossierId()), "同意推荐", seen));

        assertThat(outcomes).allSatisfy(o -> assertThat(o).isInstanceOf(BulkOutcome.class));
        assertThat(outcomes.stream().mapToLong(o -> ((BulkOutcome) o).done()).sum()).as("one press went through")
                .isEqualTo(1L);
        assertThat(status(failing.dossierId())).isEqualTo(DossierStatus.RECOMMENDED);
        assertThat(audited("DOSSIER_RECOMMENDED", failing.dossierId())).as("audited once").isEqualTo(1);
    }
}
