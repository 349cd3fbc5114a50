package cn.kunming.kjj.carrier.review.ui;

import cn.kunming.kjj.carrier.call.Call;
import cn.kunming.kjj.carrier.call.ui.CallSelect;
import cn.kunming.kjj.carrier.common.CallId;
import cn.kunming.kjj.carrier.common.DossierId;
import cn.kunming.kjj.carrier.common.ui.FormDialog;
import cn.kunming.kjj.carrier.dossier.DossierRow;
import cn.kunming.kjj.carrier.dossier.DossierStatus;
import cn.kunming.kjj.carrier.review.BoardRow;
import cn.kunming.kjj.carrier.review.ReviewScenario;
import cn.kunming.kjj.carrier.review.Verdict;
import cn.kunming.kjj.carrier.security.Role;
import cn.kunming.kjj.carrier.support.Fixtures;
import cn.kunming.kjj.carrier.support.KaribuTest;
import com.github.mvysny.kaributesting.v10.GridKt;
import com.github.mvysny.kaributesting.v10.LocatorJ;
import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.github.mvysny.kaributesting.v10.ShortcutsKt;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridSortOrder;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.data.provider.SortDirection;
import com.vaadin.flow.router.Location;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import java.util.List;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The district's inbox and the bureau's review board remember and act on many at once (issue 25): the inbox's state
 * goes into its address and a review page carries it, so that Back, "save and next" and the next dossier after a
 * decision all follow the list the officer came from; selected dossiers are recommended or given experts in one go,
 * each refused one listed with its reason while the others go through.
 */
class ReviewListsAndBulkActionsTest extends KaribuTest {

    private static final String DISTRICT = ReviewScenario.DISTRICT;

    @Autowired
    ReviewScenario scenario;
    @Autowired
    JdbcTemplate jdbc;

    private static Call callOf(CallSelect select, CallId id) {
        return select.getListDataView().getItems().filter(c -> c.id().equals(id)).findFirst().orElseThrow();
    }

    private static <T> List<T> rows(Grid<T> grid) {
        return IntStream.range(0, GridKt._size(grid)).mapToObj(i -> GridKt._get(grid, i)).toList();
    }

    private static Location location() {
        return UI.getCurrent().getInternals().getActiveViewLocation();
    }

    private static Component shown() {
        return UI.getCurrent().getCurrentView();
    }

    private DossierStatus status(DossierId id) {
        return DossierStatus.valueOf(jdbc.queryForObject("select status from dossier where id = ?", String.class, id));
    }

    /** The inbox of a new call with three waiting dossiers, sorted by unit, newest name last. */
    private DistrictInboxView inboxOfThree(CallId call) {
        for (int i = 0; i < 3; i++) {
            scenario.submitted(call, DISTRICT);
        }
        login(Role.DISTRICT_OFFICER, DISTRICT);
        DistrictInboxView inbox = (DistrictInboxView) navigate(DistrictInboxView.ROUTE);
        inbox.call.setValue(callOf(inbox.call, call));
        inbox.status.setValue(DossierStatus.SUBMITTED);
        inbox.grid.sort(List.of(new GridSortOrder<>(inbox.grid.getColumnByKey("unit"), SortDirection.DESCENDING)));
        MockVaadin.clientRoundtrip(false);
        return inbox;
    }

    @Test
    void aReviewPageCarriesTheInboxItCameFromAndItsWayBackRestoresThatInbox() {
        CallId call = scenario.openCall();
        DistrictInboxView inbox = inboxOfThree(call);
        assertThat(inbox.count.count()).isEqualTo(3);
        assertThat(inbox.address.href()).contains("call=" + call, "status=SUBMITTED", "sort=-UNIT");
        DossierRow second = GridKt._get(inbox.grid, 1);
        GridKt._clickItem(inbox.grid, 1);

        assertThat(location().getPath()).isEqualTo("district/review/dossier/" + second.id());
        assertThat(location().getQueryParameters().getQueryString()).contains("call=" + call, "status=SUBMITTED",
                "sort=-UNIT");
        assertThat(inbox.address.href()).as("the position of the row opened").contains("pos=1");
        DistrictReviewView desk = (DistrictReviewView) shown();
        desk.backToList();
        DistrictInboxView back = (DistrictInboxView) shown();
        assertThat(back.call.getValue().id()).isEqualTo(call);
        assertThat(back.status.getValue()).isEqualTo(DossierStatus.SUBMITTED);
        assertThat(rows(back.grid)).extracting(DossierRow::id).isEqualTo(rows(inbox.grid).stream().map(DossierRow::id)
                .toList());
    }

    @Test
    void saveAndNextAndTheNextAfterADecisionFollowTheOrderOfTheListTheOfficerCameFrom() {
        CallId call = scenario.openCall();
        DistrictInboxView inbox = inboxOfThree(call);
        List<DossierId> order = rows(inbox.grid).stream().map(DossierRow::id).toList();
        GridKt._clickItem(inbox.grid, 0);

        DistrictReviewView first = (DistrictReviewView) shown();
        first.verdicts.get("team").setValue(Verdict.PRESENT);
        first.saveAndNext();
        assertThat(location().getPath()).isEqualTo("district/review/dossier/" + order.get(1));
        assertThat(status(order.getFirst())).as("saved, not decided").isEqualTo(DossierStatus.SUBMITTED);

        DistrictReviewView second = (DistrictReviewView) shown();
        second.verdicts.values().forEach(v -> v.setValue(Verdict.PRESENT));
        second.opinion.setValue("材料齐全真实，同意推荐");
        assertThat(second.thenNext.getValue()).isTrue();
        second.confirmRecommend().confirm();
        assertThat(status(order.get(1))).isEqualTo(DossierStatus.RECOMMENDED);
        assertThat(location().getPath()).as("the next of the list after the decision")
                .isEqualTo("district/review/dossier/" + order.get(2));

        ((DistrictReviewView) shown()).saveAndNext();
        assertThat(shown()).as("after the last, the list itself").isInstanceOf(DistrictInboxView.class);
        assertThat(((DistrictInboxView) shown()).call.getValue().id()).isEqualTo(call);
    }

    @Test
    void theDecisionComesFirstOnTheReviewPageAndAltRRecommends() {
        CallId call = scenario.openCall();
        DossierId id = scenario.submitted(call, DISTRICT).dossierId();
        login(Role.DISTRICT_OFFICER, DISTRICT);
        DistrictReviewView desk = (DistrictReviewView) navigate("district/review/dossier/" + id);
        List<Component> page = desk.getChildren().toList();
        int bar = IntStream.range(0, page.size()).filter(i -> page.get(i).hasClassName("decision-bar")).findFirst()
                .orElseThrow();
        int content = IntStream.range(0, page.size()).filter(i -> page.get(i) instanceof
                cn.kunming.kjj.carrier.common.ui.TwoColumns).findFirst().orElseThrow();
        assertThat(bar).as("before the dossier's content and the checklist").isLessThan(content);
        desk.verdicts.values().forEach(v -> v.setValue(Verdict.PRESENT));
        desk.opinion.setValue("同意推荐");
        ShortcutsKt.fireShortcut(Key.KEY_R, Key.ALT);
        LocatorJ._get(FormDialog.class).confirm();
        assertThat(status(id)).isEqualTo(DossierStatus.RECOMMENDED);
    }

    @Test
    void theDistrictRecommendsTheSelectedDossiersInOneGoAndTheResultListsTheOneThatWasRefused() {
        CallId call = scenario.openCall();
        DossierId already = scenario.submitted(call, DISTRICT).dossierId();
        scenario.recommend(already, DISTRICT);
        DistrictInboxView inbox = inboxOfThree(call);
        inbox.status.clear();
        MockVaadin.clientRoundtrip(false);
        assertThat(inbox.count.count()).isEqualTo(4);
        GridKt._selectAll(inbox.grid);
        assertThat(inbox.recommendSelected.getText()).contains("4");

        FormDialog confirm = inbox.confirmRecommend();
        assertThat(confirm.getElement().getTextRecursively()).contains("4 件", "不能撤回");
        LocatorJ._get(confirm, TextArea.class, spec -> spec.withLabel("书面意见")).setValue("材料齐全真实，同意推荐");
        confirm.confirm();

        assertThat(inbox.resultDialog.isOpened()).isTrue();
        assertThat(inbox.resultDialog.reasons()).hasSize(4).filteredOn(r -> r.contains("P4.3")).hasSize(1);
        assertThat(rows(inbox.grid)).extracting(DossierRow::status).containsOnly(DossierStatus.RECOMMENDED);
        assertThat(inbox.grid.getSelectedItems()).as("a finished selection is cleared").isEmpty();
    }

    @Test
    void theBureauDrawsExpertsForTheSelectedDossiersAndTheOneWithoutExpertsOfItsFieldIsListed() {
        CallId call = scenario.openCall();
        List<ReviewScenario.Submitted> recommended = List.of(scenario.submitted(call, DISTRICT),
                scenario.submitted(call, "530103"), scenario.submitted(call, DISTRICT));
        for (ReviewScenario.Submitted s : recommended) {
            scenario.recommend(s.dossierId(), s.equals(recommended.get(1)) ? "530103" : DISTRICT);
        }
        for (ReviewScenario.Submitted s : recommended.subList(0, 2)) {
            for (int i = 0; i < 3; i++) {
                scenario.expert(Fixtures.unique("专家"), s.field(), Fixtures.unique("研究院"), null);
            }
        }
        login(Role.BUREAU_OFFICER, "KMKJJ");
        ReviewBoardView board = (ReviewBoardView) navigate(ReviewBoardView.ROUTE + "?call=" + call
                + "&status=RECOMMENDED");
        MockVaadin.clientRoundtrip(false);
        assertThat(board.count.count()).isEqualTo(3);
        assertThat(rows(board.grid)).extracting(r -> r.dossier().creditCode()).allSatisfy(c -> assertThat(c).hasSize(18));
        GridKt._selectAll(board.grid);
        FormDialog confirm = board.confirmDraw();
        assertThat(confirm.getElement().getTextRecursively()).contains("3 件", "P4.4");
        confirm.confirm();

        assertThat(board.resultDialog.reasons()).hasSize(3).filteredOn(r -> r.contains(recommended.get(2).field()))
                .singleElement().asString().contains("P4.4");
        MockVaadin.clientRoundtrip(false);
        assertThat(board.count.count()).as("the board still filtered on 已推荐").isEqualTo(1);
        board.status.clear();
        assertThat(rows(board.grid)).filteredOn(r -> r.dossier().status() == DossierStatus.UNDER_EXPERT_REVIEW)
                .extracting(BoardRow::activeExperts).containsExactly(3L, 3L);
    }
}
