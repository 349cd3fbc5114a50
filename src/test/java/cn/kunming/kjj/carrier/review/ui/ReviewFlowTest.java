package cn.kunming.kjj.carrier.review.ui;

import cn.kunming.kjj.carrier.common.AccountId;
import cn.kunming.kjj.carrier.common.UnitId;
import cn.kunming.kjj.carrier.common.ui.NothingHereView;
import cn.kunming.kjj.carrier.dossier.DossierService;
import cn.kunming.kjj.carrier.dossier.DossierStatus;
import cn.kunming.kjj.carrier.review.DecisionOutcome;
import cn.kunming.kjj.carrier.review.DistrictAction;
import cn.kunming.kjj.carrier.expertreview.ExpertOpinion;
import cn.kunming.kjj.carrier.expertreview.ui.ExpertPages;
import cn.kunming.kjj.carrier.review.RecommendationService;
import cn.kunming.kjj.carrier.review.ReviewScenario;
import cn.kunming.kjj.carrier.review.Verdict;
import cn.kunming.kjj.carrier.security.PortalUser;
import cn.kunming.kjj.carrier.security.Role;
import cn.kunming.kjj.carrier.support.As;
import cn.kunming.kjj.carrier.support.KaribuTest;
import com.github.mvysny.kaributesting.v10.GridKt;
import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.html.Span;
import com.github.mvysny.kaributesting.v10.LocatorJ;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.io.ByteArrayInputStream;
import java.time.LocalDate;
import java.util.List;

import static cn.kunming.kjj.carrier.review.ReviewScenario.DISTRICT;
import static org.assertj.core.api.Assertions.assertThat;

/** One call's whole review path through the views, each step by the role that takes it (P4.3, P4.4). */
class ReviewFlowTest extends KaribuTest {

    @Autowired
    ReviewScenario scenario;
    @Autowired
    DossierService dossiers;
    @Autowired
    RecommendationService recommendations;

    private void switchTo(Role role, String tenant, UnitId unit, AccountId accountId) {
        logout();
        MockVaadin.tearDown();
        setUpVaadinAgain();
        login(role, tenant, unit, accountId);
    }

    private void switchTo(PortalUser user) {
        switchTo(user.role(), user.tenantId() == null ? null : user.tenantId().value(), user.unitId(), user.accountId());
    }

    private DossierStatus status(ReviewScenario.Submitted s) {
        As.signIn(s.applicant());
        return dossiers.find(s.dossierId()).orElseThrow().status();
    }

    @Test
    void aDossierGoesFromSubmissionThroughReturnRecommendationExpertScoresToTheBureausDecision() throws Exception {
        ReviewScenario.Submitted s = scenario.submitted(scenario.openCall(), DISTRICT);

        // the district returns it with a reason on the team
        switchTo(Role.DISTRICT_OFFICER, DISTRICT, null, AccountId.of(-1));
        DistrictInboxView inbox = (DistrictInboxView) navigate("district/review");
        inbox.call.setValue(inbox.call.getListDataView().getItems().filter(c -> c.id().equals(s.callId())).findFirst().orElseThrow());
        assertThat(GridKt._size(inbox.grid)).isEqualTo(1);
        DistrictReviewView desk = (DistrictReviewView) navigate("district/review/dossier/" + s.dossierId());
        desk.verdicts.values().forEach(v -> v.setValue(Verdict.PRESENT));
        desk.verdicts.get("team").setValue(Verdict.PROBLEM);
        desk.notes.get("team").setValue("请补充运营团队人员名单");
        desk.opinion.setValue("材料基本齐全，团队名单缺失");
        desk.revisionDue.setValue(LocalDate.now().plusDays(7));
        desk.act(DistrictAction.RETURN);
        assertThat(status(s)).isEqualTo(DossierStatus.RETURNED);

        // the applicant sees the reason beside the team and resubmits
        switchTo(s.applicant());
        navigate("dossiers/" + s.dossierId());
        assertThat(LocatorJ._find(Div.class, spec -> spec.withClasses("review-note")))
                .extracting(d -> d.getChildren().findFirst().map(c -> ((Span) c).getText()).orElse(""))
                .anySatisfy(text -> assertThat(text).contains("请补充运营团队人员名单"))
                .anySatisfy(text -> assertThat(text).contains("材料基本齐全，团队名单缺失"));
        LocatorJ._get(TextArea.class, spec -> spec.withLabel("建设成效与服务案例（对应第二条第（四）项或第三条第（五）项）"))
                .setValue("补充了团队名单与服务案例");
        LocatorJ._click(LocatorJ._get(Button.class, spec -> spec.withText("提交申报")));
        LocatorJ._get(cn.kunming.kjj.carrier.common.ui.FormDialog.class).confirm();
        assertThat(status(s)).isEqualTo(DossierStatus.SUBMITTED);

        // the district recommends the second version; its opinion document names the unit
        switchTo(Role.DISTRICT_OFFICER, DISTRICT, null, AccountId.of(-1));
        desk = (DistrictReviewView) navigate("district/review/dossier/" + s.dossierId());
        desk.verdicts.values().forEach(v -> v.setValue(Verdict.PRESENT));
        desk.opinion.setValue("材料齐全真实，同意推荐");
        var recommend = desk.confirmRecommend();
        assertThat(recommend.isOpened()).as("asked first").isTrue();
        recommend.confirm();
        assertThat(status(s)).isEqualTo(DossierStatus.RECOMMENDED);
        login(Role.DISTRICT_OFFICER, DISTRICT, null, -1);
        try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(recommendations.opinionDocument(s.callId())));
             XWPFWordExtractor text = new XWPFWordExtractor(doc)) {
            assertThat(text.getText()).contains("材料齐全真实，同意推荐").contains("昆明市生物医药概念验证中心");
        }

        // the bureau proposes three experts of the dossier's field
        List<ReviewScenario.ExpertLogin> experts = List.of(
                scenario.expert("专家甲", s.field(), "云南大学", null),
                scenario.expert("专家乙", s.field(), "昆明医科大学", null),
                scenario.expert("专家丙", s.field(), "中国科学院昆明植物研究所", null));
        switchTo(Role.BUREAU_OFFICER, "KMKJJ", null, AccountId.of(-1));
        ReviewBoardView board = (ReviewBoardView) navigate("bureau/review");
        board.call.setValue(board.call.getListDataView().getItems().filter(c -> c.id().equals(s.callId())).findFirst().orElseThrow());
        board.propose(GridKt._get(board.grid, 0));
        assertThat(GridKt._get(board.grid, 0).activeExperts()).isEqualTo(3);

        // an expert not assigned finds nothing at the dossier's address
        ReviewScenario.ExpertLogin outsider = scenario.expert("局外专家");
        switchTo(outsider.user());
        assertThat(navigate("expert/review/" + s.dossierId())).isInstanceOf(NothingHereView.class);

        // each assigned expert declares no conflict, then scores
        int score = 90;
        for (ReviewScenario.ExpertLogin e : experts) {
            switchTo(e.user());
            assertThat(ExpertPages.rows(navigate("expert/reviews"))).isEqualTo(1);
            ExpertPages.declareNoConflictAndSubmit(navigate("expert/review/" + s.dossierId()), score, "现场核查属实",
                    ExpertOpinion.SUPPORT);
            score -= 5;
        }
        assertThat(status(s)).isEqualTo(DossierStatus.REVIEWED);

        // the bureau records the meeting that proposes it
        switchTo(Role.BUREAU_OFFICER, "KMKJJ", null, AccountId.of(-1));
        DecisionView decision = (DecisionView) navigate("bureau/decision");
        decision.call.setValue(decision.call.getListDataView().getItems().filter(c -> c.id().equals(s.callId())).findFirst().orElseThrow());
        assertThat(GridKt._get(decision.grid, 0).summary().mean()).isEqualByComparingTo("85.00");
        decision.outcomes.get(s.dossierId()).setValue(DecisionOutcome.PROPOSED);
        decision.meetingDate.setValue(LocalDate.now());
        decision.minuteNumber.setValue("局务会纪要〔2026〕12号");
        var record = decision.recordMeeting();
        assertThat(record.isOpened()).as("asked first").isTrue();
        record.confirm();
        assertThat(status(s)).isEqualTo(DossierStatus.PROPOSED);
    }
}
