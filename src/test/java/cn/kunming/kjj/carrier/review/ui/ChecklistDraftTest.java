package cn.kunming.kjj.carrier.review.ui;

import cn.kunming.kjj.carrier.common.DossierId;
import cn.kunming.kjj.carrier.review.RecommendationService;
import cn.kunming.kjj.carrier.review.ReviewScenario;
import cn.kunming.kjj.carrier.review.Verdict;
import cn.kunming.kjj.carrier.security.Role;
import cn.kunming.kjj.carrier.support.As;
import cn.kunming.kjj.carrier.support.KaribuTest;
import com.github.mvysny.kaributesting.v10.MockVaadin;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The district's checklist judgements survive a reload until it acts, and then they are gone (P4.3). */
class ChecklistDraftTest extends KaribuTest {

    @Autowired
    ReviewScenario scenario;
    @Autowired
    RecommendationService recommendations;

    private DistrictReviewView reopen(DossierId dossierId) {
        logout();
        MockVaadin.tearDown();
        setUpVaadinAgain();
        login(Role.DISTRICT_OFFICER, ReviewScenario.DISTRICT);
        return (DistrictReviewView) navigate("district/review/dossier/" + dossierId);
    }

    @Test
    void theJudgementsNotesAndOpinionComeBackAfterAReloadAndAreDroppedOnceTheDistrictActs() {
        ReviewScenario.Submitted s = scenario.submitted(scenario.openCall(), ReviewScenario.DISTRICT);
        DistrictReviewView desk = reopen(s.dossierId());
        String first = desk.verdicts.keySet().iterator().next();
        desk.verdicts.get(first).setValue(Verdict.PROBLEM);
        desk.notes.get(first).setValue("缺少盖章页");
        desk.opinion.setValue("材料基本齐全");

        desk = reopen(s.dossierId());
        assertThat(desk.verdicts.get(first).getValue()).isEqualTo(Verdict.PROBLEM);
        assertThat(desk.notes.get(first).getValue()).isEqualTo("缺少盖章页");
        assertThat(desk.notes.get(first).isVisible()).isTrue();
        assertThat(desk.opinion.getValue()).isEqualTo("材料基本齐全");

        desk.verdicts.values().forEach(v -> v.setValue(Verdict.PRESENT));
        desk.opinion.setValue("材料齐全真实，同意推荐");
        desk.confirmRecommend().confirm();
        As.role(Role.DISTRICT_OFFICER, ReviewScenario.DISTRICT);
        assertThat(recommendations.workspace(s.dossierId()).draft()).as("acted upon: nothing left to resume").isNull();
        assertThatThrownBy(() -> recommendations.saveChecklistDraft(s.dossierId(), java.util.List.of(), "晚了"))
                .hasMessage("review.illegalTransition");
        As.signOut();
    }

    @Test
    void anOpinionLongerThanItsColumnIsRefusedNamingTheRule() {
        ReviewScenario.Submitted s = scenario.submitted(scenario.openCall(), ReviewScenario.DISTRICT);
        As.role(Role.DISTRICT_OFFICER, ReviewScenario.DISTRICT);
        assertThatThrownBy(() -> recommendations.saveChecklistDraft(s.dossierId(), java.util.List.of(), "长".repeat(2001)))
                .hasMessage("review.opinionTooLong");
        recommendations.saveChecklistDraft(s.dossierId(), java.util.List.of(), "长".repeat(2000));
        assertThat(recommendations.workspace(s.dossierId()).draft().opinion()).hasSize(2000);
        As.signOut();
    }
}
