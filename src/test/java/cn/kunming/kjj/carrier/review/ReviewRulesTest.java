package cn.kunming.kjj.carrier.review;

import cn.kunming.kjj.carrier.common.UnitId;
import cn.kunming.kjj.carrier.common.ExpertId;
import cn.kunming.kjj.carrier.expertreview.Criterion;
import cn.kunming.kjj.carrier.expertreview.ExpertOpinion;
import cn.kunming.kjj.carrier.expertreview.ScoreSheet;
import cn.kunming.kjj.carrier.expertreview.ScoreSheets;
import cn.kunming.kjj.carrier.expertreview.ScoreSummary;
import cn.kunming.kjj.carrier.expertreview.ExpertConflicts;
import cn.kunming.kjj.carrier.call.RequiredAttachment;
import cn.kunming.kjj.carrier.common.CarrierKind;
import cn.kunming.kjj.carrier.common.TenantId;
import cn.kunming.kjj.carrier.expert.Expert;
import cn.kunming.kjj.carrier.tenant.ActivationStatus;
import cn.kunming.kjj.carrier.tenant.HostUnit;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class ReviewRulesTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 28);
    private static final List<ChecklistEntry> CHECKLIST = ChecklistEntry.forDossier(
            List.of(new RequiredAttachment(CarrierKind.CONCEPT_CENTER, "LICENCE", "营业执照")));

    private static List<ChecklistItem> allPresent() {
        return new ArrayList<>(ReviewScenario.allPresent(CHECKLIST));
    }

    @Test
    void theChecklistHasEverySectionAndEachRequiredAttachment() {
        assertThat(CHECKLIST).extracting(ChecklistEntry::code).startsWith("basic", "facts").endsWith("attachment:LICENCE");
        assertThat(CHECKLIST.getLast().attachmentName()).isEqualTo("营业执照");
    }

    @Test
    void aReturnNeedsAProblemWithANoteAndADateAfterToday() {
        List<ChecklistItem> items = allPresent();
        assertThat(DistrictDecision.problem(DistrictAction.RETURN, CHECKLIST, items, "意见", TODAY.plusDays(1), TODAY))
                .contains("review.returnWithoutProblem");
        items.set(0, new ChecklistItem("basic", Verdict.PROBLEM, ""));
        assertThat(DistrictDecision.problem(DistrictAction.RETURN, CHECKLIST, items, "意见", TODAY.plusDays(1), TODAY))
                .contains("review.problemNeedsNote");
        items.set(0, new ChecklistItem("basic", Verdict.PROBLEM, "名称不规范"));
        assertThat(DistrictDecision.problem(DistrictAction.RETURN, CHECKLIST, items, "意见", TODAY, TODAY))
                .contains("review.revisionDueInvalid");
        assertThat(DistrictDecision.problem(DistrictAction.RETURN, CHECKLIST, items, "意见", TODAY.plusDays(1), TODAY))
                .isEmpty();
    }

    @Test
    void aRecommendationNeedsEveryItemPresentAndAnOpinionWhileANonRecommendationMayNameProblems() {
        List<ChecklistItem> items = allPresent();
        assertThat(DistrictDecision.problem(DistrictAction.RECOMMEND, CHECKLIST, items, "同意推荐", null, TODAY)).isEmpty();
        assertThat(DistrictDecision.problem(DistrictAction.RECOMMEND, CHECKLIST, items, "", null, TODAY))
                .contains("review.opinionMissing");
        items.set(8, new ChecklistItem("attachment:LICENCE", Verdict.PROBLEM, "执照过期"));
        assertThat(DistrictDecision.problem(DistrictAction.RECOMMEND, CHECKLIST, items, "同意", null, TODAY))
                .contains("review.recommendWithProblems");
        assertThat(DistrictDecision.problem(DistrictAction.NOT_RECOMMEND, CHECKLIST, items, "不予推荐", null, TODAY))
                .isEmpty();
        assertThat(DistrictDecision.problem(DistrictAction.NOT_RECOMMEND, CHECKLIST, items.subList(0, 8), "不予推荐",
                null, TODAY)).contains("review.checklistIncomplete");
    }

    private static final List<Criterion> CRITERIA = List.of(
            new Criterion(CarrierKind.CONCEPT_CENTER, "A", "甲", "A", 30),
            new Criterion(CarrierKind.CONCEPT_CENTER, "B", "乙", "B", 70));

    @Test
    void aSheetIsCompleteOnlyWithEveryScoreFrom0To100CommentsAndAnOpinion() {
        assertThat(ScoreSheets.problems(CRITERIA, new ScoreSheet(Map.of("A", 0, "B", 100), "意见", ExpertOpinion.OPPOSE)))
                .isEmpty();
        assertThat(ScoreSheets.problems(CRITERIA, new ScoreSheet(Map.of("A", -1, "B", 101), "意见", ExpertOpinion.SUPPORT)))
                .extracting(ScoreSheets.Problem::key).containsExactly("score.outOfRange", "score.outOfRange");
        assertThat(ScoreSheets.problems(CRITERIA, new ScoreSheet(Map.of("A", 50), " ", null)))
                .extracting(ScoreSheets.Problem::key)
                .containsExactly("score.missing", "score.commentsMissing", "score.opinionMissing");
    }

    @Test
    void theWeightedTotalIsTheWeightedMeanToTwoDecimals() {
        assertThat(ScoreSheets.weighted(CRITERIA, new ScoreSheet(Map.of("A", 81, "B", 90), "", null)))
                .isEqualByComparingTo("87.30");
        assertThat(ScoreSheets.weighted(CRITERIA, new ScoreSheet(Map.of("A", 1, "B", 0), "", null)))
                .isEqualByComparingTo("0.30");
    }

    @Test
    void expertsDisagreeWhenTheSpreadIsAboveTheLimitNotOnIt() {
        BigDecimal limit = new BigDecimal("20");
        assertThat(ScoreSummary.of(List.of(new BigDecimal("80"), new BigDecimal("60")), limit).disagreement()).isFalse();
        ScoreSummary wide = ScoreSummary.of(List.of(new BigDecimal("80.01"), new BigDecimal("60"), new BigDecimal("70")), limit);
        assertThat(wide.disagreement()).isTrue();
        assertThat(wide.spread()).isEqualByComparingTo("20.01");
        assertThat(wide.mean()).isEqualByComparingTo("70.00");
        assertThat(ScoreSummary.of(List.of(), limit).mean()).isNull();
    }

    private static final HostUnit UNIT = new HostUnit(UnitId.of(7), "昆明理工大学", "12530000431000000X", false,
            cn.kunming.kjj.carrier.tenant.UnitType.UNIVERSITY, cn.kunming.kjj.carrier.tenant.RegistrationStatus.values()[0],
            new TenantId("530102"), "", "", "", "", ActivationStatus.ACTIVE, null, 0, null, null, null);

    private static Expert expert(String affiliation, String code, boolean active) {
        return new Expert(ExpertId.of(1), "专家", List.of("新材料"), "", affiliation, code, "", "", active, null, 0);
    }

    @Test
    void anExpertIsInConflictWithItsOwnUnitByCodeOrByNameAndWithUnitsItDeclared() {
        assertThat(ExpertConflicts.reason(expert("别名", "12530000431000000X", true), UNIT, List.of(), false))
                .contains("review.expertSameUnit");
        assertThat(ExpertConflicts.reason(expert("昆明理工 大学", null, true), UNIT, List.of(), false))
                .contains("review.expertSameUnit");
        assertThat(ExpertConflicts.reason(expert("云南大学", null, true), UNIT, List.of(UnitId.of(7)), false))
                .contains("review.expertDeclaredRelation");
        assertThat(ExpertConflicts.reason(expert("云南大学", null, false), UNIT, List.of(), false))
                .contains("review.expertInactive");
        assertThat(ExpertConflicts.reason(expert("云南大学", null, true), UNIT, List.of(), true))
                .contains("review.expertAlreadyAssigned");
        assertThat(ExpertConflicts.reason(expert("云南大学", null, true), UNIT, List.of(UnitId.of(8)), false)).isEmpty();
    }
}
