package cn.kunming.kjj.carrier.review.ui;

import cn.kunming.kjj.carrier.call.CallDraft;
import cn.kunming.kjj.carrier.call.CallService;
import cn.kunming.kjj.carrier.common.AccountId;
import cn.kunming.kjj.carrier.common.CallId;
import cn.kunming.kjj.carrier.common.CarrierKind;
import cn.kunming.kjj.carrier.review.ReviewScenario;
import cn.kunming.kjj.carrier.security.Role;
import cn.kunming.kjj.carrier.support.As;
import cn.kunming.kjj.carrier.support.Fixtures;
import cn.kunming.kjj.carrier.support.KaribuTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.time.LocalDateTime;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A page of work opens where that work waits, so that the inbox's count and the page agree (found by outside eyes:
 * 「5 待审查推荐」 opened a call with one dossier, the other four waiting in another call). Other calls where it also
 * waits are named under the call's choice.
 */
class WorkPagesOpenWhereWorkWaitsTest extends KaribuTest {

    /** A county no other test uses, so that calls left waiting by other tests stay out of its lists. */
    private static final String COUNTY = "530127";

    @Autowired
    ReviewScenario scenario;
    @Autowired
    CallService calls;

    private CallId call(String title, int closesInDays) {
        As.role(Role.BUREAU_OFFICER, "KMKJJ");
        LocalDateTime now = calls.now();
        CallId id = calls.create(new CallDraft(now.getYear(), Fixtures.unique(title), Set.of(CarrierKind.values()),
                now.minusDays(1), now.plusDays(closesInDays), "", List.of()));
        calls.publish(id, 0);
        As.signOut();
        return id;
    }

    @Test
    void theDistrictsReviewListOpensOnACallWithDossiersToRecommendAndNamesTheOtherCallsWhereTheyWait() {
        // the call closing last has only a dossier the district has already recommended: under review, no work here
        CallId done = call("已推荐完批次", 50);
        scenario.recommend(scenario.submitted(done, COUNTY).dossierId(), COUNTY);
        CallId first = call("待推荐批次甲", 45);
        scenario.submitted(first, COUNTY);
        CallId second = call("待推荐批次乙", 40);
        scenario.submitted(second, COUNTY);

        login(Role.DISTRICT_OFFICER, COUNTY, null, AccountId.of(-1));
        DistrictInboxView inbox = (DistrictInboxView) navigate(DistrictInboxView.ROUTE);

        assertThat(inbox.call.getValue().id()).as("a call where dossiers wait for the district").isEqualTo(first);
        assertThat(inbox.call.getHelperText()).startsWith("其他批次也有待办：").contains("待推荐批次乙")
                .doesNotContain("已推荐完批次");
        inbox.call.setValue(inbox.call.getListDataView().getItems().filter(c -> c.id().equals(second)).findFirst()
                .orElseThrow());
        assertThat(inbox.call.getHelperText()).contains("待推荐批次甲").doesNotContain("待推荐批次乙");
    }

    @Test
    void theBureausBoardOpensOnACallWithDossiersWaitingForExperts() {
        CallId submittedOnly = call("仅已提交批次", 50);
        scenario.submitted(submittedOnly, COUNTY);
        CallId toAssign = call("待派专家批次", 49);
        scenario.recommend(scenario.submitted(toAssign, COUNTY).dossierId(), COUNTY);

        login(Role.BUREAU_OFFICER, "KMKJJ", null, AccountId.of(-1));
        ReviewBoardView board = (ReviewBoardView) navigate(ReviewBoardView.ROUTE);

        // other tests' calls may also have dossiers waiting for experts; never one with none
        assertThat(board.call.getValue().id()).as("not the call whose dossiers only wait for their district")
                .isNotEqualTo(submittedOnly);
        assertThat(board.call.getValue().id().equals(toAssign) || board.call.getHelperText().contains("待派专家批次"))
                .as("the call with dossiers to assign is shown or named").isTrue();
    }
}
