package cn.kunming.kjj.carrier.review.ui;

import cn.kunming.kjj.carrier.common.AccountId;
import cn.kunming.kjj.carrier.common.CallId;
import cn.kunming.kjj.carrier.common.ui.FormDialog;
import cn.kunming.kjj.carrier.dossier.DossierService;
import cn.kunming.kjj.carrier.dossier.DossierStatus;
import cn.kunming.kjj.carrier.dossier.RuleAcknowledgement;
import cn.kunming.kjj.carrier.review.ChecklistItem;
import cn.kunming.kjj.carrier.review.DecisionOutcome;
import cn.kunming.kjj.carrier.review.DistrictAction;
import cn.kunming.kjj.carrier.review.RecommendationService;
import cn.kunming.kjj.carrier.review.ReviewScenario;
import cn.kunming.kjj.carrier.review.Verdict;
import cn.kunming.kjj.carrier.security.Role;
import cn.kunming.kjj.carrier.support.As;
import cn.kunming.kjj.carrier.support.KaribuTest;
import com.github.mvysny.kaributesting.v10.LocatorJ;
import com.vaadin.flow.component.html.Paragraph;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 25, part 4, through the pages: the district's and the bureau's confirmations name the rules a dossier fails,
 * and confirming passes exactly those to the service, which then goes ahead.
 */
class DoubtfulDecisionViewsTest extends KaribuTest {

    @Autowired
    ReviewScenario scenario;
    @Autowired
    DossierService dossiers;
    @Autowired
    RecommendationService recommendations;

    private DossierStatus status(ReviewScenario.Submitted s) {
        As.signIn(s.applicant());
        DossierStatus status = dossiers.find(s.dossierId()).orElseThrow().status();
        As.signOut();
        return status;
    }

    private static String warnings() {
        return String.join(" ", LocatorJ._find(Paragraph.class, spec -> spec.withClasses("failed-rules-warning"))
                .stream().map(Paragraph::getText).toList());
    }

    @Test
    void theDistrictsConfirmationNamesTheFailedRulesAndConfirmingRecommends() {
        ReviewScenario.Submitted s = scenario.submitted(scenario.openCall(), ReviewScenario.DISTRICT, "合成生物",
                ReviewScenario.failing(150, 3));
        login(Role.DISTRICT_OFFICER, ReviewScenario.DISTRICT, null, AccountId.of(-1));
        DistrictReviewView desk = (DistrictReviewView) navigate("district/review/dossier/" + s.dossierId());
        desk.verdicts.values().forEach(v -> v.setValue(Verdict.PRESENT));
        desk.opinion.setValue("场地略小，其余齐全，同意推荐");
        FormDialog asked = desk.confirmRecommend();
        assertThat(asked.isOpened()).isTrue();
        assertThat(warnings()).contains("C2.3a");
        asked.confirm();
        assertThat(status(s)).isEqualTo(DossierStatus.RECOMMENDED);
    }

    @Test
    void theBureausMeetingConfirmationNamesEachProposedDossiersFailedRulesAndConfirmingRecordsIt() {
        CallId call = scenario.openCall();
        ReviewScenario.Submitted s = scenario.submitted(call, ReviewScenario.DISTRICT, "合成生物",
                ReviewScenario.failing(150, 3));
        scenario.district(ReviewScenario.DISTRICT);
        List<ChecklistItem> items = ReviewScenario.allPresent(recommendations.workspace(s.dossierId()).checklist());
        recommendations.decide(s.dossierId(), DistrictAction.RECOMMEND, items, "同意推荐", null,
                RuleAcknowledgement.of(s.dossierId(), List.of("C2.3a")));
        As.signOut();
        ReviewScenario.ExpertLogin a = scenario.expert("甲");
        ReviewScenario.ExpertLogin b = scenario.expert("乙");
        ReviewScenario.ExpertLogin c = scenario.expert("丙");
        scenario.assign(s.dossierId(), a, b, c);
        scenario.score(a, s.dossierId(), 75);
        scenario.score(b, s.dossierId(), 75);
        scenario.score(c, s.dossierId(), 75);

        login(Role.BUREAU_OFFICER, "KMKJJ", null, AccountId.of(-1));
        DecisionView view = (DecisionView) navigate("bureau/decision");
        view.call.setValue(view.call.getListDataView().getItems().filter(x -> x.id().equals(call)).findFirst().orElseThrow());
        view.outcomes.get(s.dossierId()).setValue(DecisionOutcome.PROPOSED);
        view.meetingDate.setValue(java.time.LocalDate.now());
        view.minuteNumber.setValue("局务会纪要〔2026〕99号");
        FormDialog asked = view.recordMeeting();
        assertThat(warnings()).contains("C2.3a");
        asked.confirm();
        assertThat(status(s)).isEqualTo(DossierStatus.PROPOSED);
    }

    @Test
    void bulkRecommendationListsEachSelectedDossiersFailedRulesFirstAndConfirmingRecommendsThemAll() {
        CallId call = scenario.openCall();
        ReviewScenario.Submitted failing = scenario.submitted(call, ReviewScenario.DISTRICT, "合成生物",
                ReviewScenario.failing(150, 3));
        ReviewScenario.Submitted passing = scenario.submitted(call, ReviewScenario.DISTRICT);
        login(Role.DISTRICT_OFFICER, ReviewScenario.DISTRICT, null, AccountId.of(-1));
        DistrictInboxView inbox = (DistrictInboxView) navigate(DistrictInboxView.ROUTE + "?call=" + call);
        com.github.mvysny.kaributesting.v10.GridKt._selectAll(inbox.grid);

        FormDialog asked = inbox.confirmRecommend();
        assertThat(warnings()).as("said before it goes").contains("1 件未通过申报条件规则");
        assertThat(asked.getElement().getTextRecursively()).contains("C2.3a");
        LocatorJ._get(asked, com.vaadin.flow.component.textfield.TextArea.class, spec -> spec.withLabel("书面意见"))
                .setValue("同意推荐");
        asked.confirm();

        assertThat(status(failing)).as("recommended despite the rules shown").isEqualTo(DossierStatus.RECOMMENDED);
        assertThat(status(passing)).isEqualTo(DossierStatus.RECOMMENDED);
    }
}
