package cn.kunming.kjj.carrier.review.ui;

import cn.kunming.kjj.carrier.review.ReviewScenario;
import cn.kunming.kjj.carrier.security.Role;
import cn.kunming.kjj.carrier.support.Fixtures;
import cn.kunming.kjj.carrier.support.KaribuTest;
import com.github.mvysny.kaributesting.v10.GridKt;
import com.github.mvysny.kaributesting.v10.pro.ConfirmDialogKt;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import static cn.kunming.kjj.carrier.review.ReviewScenario.DISTRICT;
import static org.assertj.core.api.Assertions.assertThat;

/** 按领域派专家 with too few experts of the field left: the board says so and widens only when the bureau confirms. */
class ReviewBoardWidenTest extends KaribuTest {

    @Autowired
    ReviewScenario scenario;

    @Test
    void tooFewExpertsOfTheFieldIsSaidAndNothingIsAssignedUntilTheBureauWidensOnPurpose() {
        ReviewScenario.Submitted s = scenario.submitted(scenario.openCall(), DISTRICT);
        scenario.recommend(s.dossierId(), DISTRICT);
        scenario.expert("唯一本领域专家", s.field(), Fixtures.unique("院"), null);
        for (int i = 0; i < 2; i++) {
            scenario.expert("他领域专家" + i, "新材料", Fixtures.unique("院"), null);
        }
        login(Role.BUREAU_OFFICER, "KMKJJ");
        ReviewBoardView board = (ReviewBoardView) navigate("bureau/review");
        board.call.setValue(board.call.getListDataView().getItems().filter(c -> c.id().equals(s.callId())).findFirst()
                .orElseThrow());
        var row = GridKt._get(board.grid, 0);
        assertThat(row.dossier().id()).isEqualTo(s.dossierId());

        board.propose(row);
        assertThat(board.widen).isNotNull();
        assertThat(board.widen.isOpened()).isTrue();
        assertThat(ConfirmDialogKt._getText(board.widen)).contains(s.field(), "只剩 1 名");
        assertThat(GridKt._get(board.grid, 0).activeExperts()).as("nothing assigned before the answer").isZero();

        ConfirmDialogKt._fireConfirm(board.widen);
        assertThat(GridKt._get(board.grid, 0).activeExperts()).isEqualTo(3);
    }
}
