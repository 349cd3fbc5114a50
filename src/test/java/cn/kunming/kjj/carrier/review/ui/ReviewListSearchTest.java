package cn.kunming.kjj.carrier.review.ui;

import cn.kunming.kjj.carrier.common.CallId;
import cn.kunming.kjj.carrier.dossier.DossierRow;
import cn.kunming.kjj.carrier.review.BoardRow;
import cn.kunming.kjj.carrier.review.ReviewScenario;
import cn.kunming.kjj.carrier.security.Role;
import cn.kunming.kjj.carrier.support.As;
import cn.kunming.kjj.carrier.support.KaribuTest;
import cn.kunming.kjj.carrier.tenant.HostUnit;
import cn.kunming.kjj.carrier.tenant.HostUnitService;
import com.github.mvysny.kaributesting.v10.GridKt;
import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.grid.Grid;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.util.List;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;

/** 推荐审查 and 专家评审 search their own rows (issue 25, part 1), in scope, in the address, counted. */
class ReviewListSearchTest extends KaribuTest {

    @Autowired
    ReviewScenario scenario;
    @Autowired
    HostUnitService units;

    private static <T> List<T> rows(Grid<T> grid) {
        MockVaadin.clientRoundtrip(false);
        return IntStream.range(0, GridKt._size(grid)).mapToObj(i -> GridKt._get(grid, i)).toList();
    }

    private HostUnit unitOf(ReviewScenario.Submitted s) {
        As.role(Role.BUREAU_OFFICER, "KMKJJ");
        HostUnit unit = units.find(s.unitId()).orElseThrow();
        As.signOut();
        return unit;
    }

    @Test
    void theDistrictsInboxFindsADossierByItsUnitsNameAndTheReviewPageFollowsTheSearchedList() {
        CallId call = scenario.openCall();
        ReviewScenario.Submitted wanted = scenario.submitted(call, ReviewScenario.DISTRICT);
        scenario.submitted(call, ReviewScenario.DISTRICT);
        HostUnit unit = unitOf(wanted);
        login(Role.DISTRICT_OFFICER, ReviewScenario.DISTRICT);
        DistrictInboxView inbox = (DistrictInboxView) navigate(DistrictInboxView.ROUTE + "?call=" + call);
        assertThat(rows(inbox.grid)).hasSize(2);
        inbox.search.setValue(unit.name());
        assertThat(rows(inbox.grid)).extracting(DossierRow::id).containsExactly(wanted.dossierId());
        assertThat(inbox.count.count()).isEqualTo(1);
        assertThat(inbox.address.href()).contains("q=");
        GridKt._clickItem(inbox.grid, 0);
        assertThat(UI.getCurrent().getInternals().getActiveViewLocation().getQueryParameters()
                .getSingleParameter("q")).as("save-and-next follows the searched list").hasValue(unit.name());

        DistrictInboxView back = (DistrictInboxView) navigate(inbox.address.href());
        assertThat(back.search.getValue()).isEqualTo(unit.name());
        assertThat(rows(back.grid)).extracting(DossierRow::id).containsExactly(wanted.dossierId());
    }

    @Test
    void theInboxDoesNotFindAnotherDistrictsDossier() {
        CallId call = scenario.openCall();
        ReviewScenario.Submitted foreign = scenario.submitted(call, "530103");
        HostUnit unit = unitOf(foreign);
        login(Role.DISTRICT_OFFICER, ReviewScenario.DISTRICT);
        DistrictInboxView inbox = (DistrictInboxView) navigate(DistrictInboxView.ROUTE + "?call=" + call + "&q="
                + unit.creditCode());
        assertThat(rows(inbox.grid)).isEmpty();
        assertThat(inbox.count.count()).isZero();
    }

    @Test
    void theBureausBoardFindsARecommendedDossierByCreditCodeAndCountsIt() {
        CallId call = scenario.openCall();
        ReviewScenario.Submitted wanted = scenario.submitted(call, ReviewScenario.DISTRICT);
        ReviewScenario.Submitted other = scenario.submitted(call, "530103");
        scenario.recommend(wanted.dossierId(), ReviewScenario.DISTRICT);
        scenario.recommend(other.dossierId(), "530103");
        String code = unitOf(wanted).creditCode();
        login(Role.BUREAU_OFFICER, "KMKJJ");
        ReviewBoardView board = (ReviewBoardView) navigate(ReviewBoardView.ROUTE + "?call=" + call);
        assertThat(rows(board.grid)).hasSize(2);
        board.search.setValue(code);
        assertThat(rows(board.grid)).extracting(r -> r.dossier().id()).containsExactly(wanted.dossierId());
        assertThat(board.count.count()).isEqualTo(1);
        ReviewBoardView again = (ReviewBoardView) navigate(board.address.href());
        assertThat(rows(again.grid)).extracting((BoardRow r) -> r.dossier().id()).containsExactly(wanted.dossierId());
        board.search.setValue("_");
        assertThat(rows(board.grid)).as("a typed wildcard finds nothing rather than everything").isEmpty();
    }
}
