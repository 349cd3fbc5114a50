package cn.kunming.kjj.carrier.dossier.ui;

import cn.kunming.kjj.carrier.carrier.CarrierService;
import cn.kunming.kjj.carrier.common.CallId;
import cn.kunming.kjj.carrier.common.ui.NothingHereView;
import cn.kunming.kjj.carrier.common.ui.QueryParams;
import cn.kunming.kjj.carrier.dossier.DossierRow;
import cn.kunming.kjj.carrier.dossier.DossierStage;
import cn.kunming.kjj.carrier.dossier.DossierStatus;
import cn.kunming.kjj.carrier.publicity.PublicNoticeService;
import cn.kunming.kjj.carrier.review.ReviewScenario;
import cn.kunming.kjj.carrier.security.Role;
import cn.kunming.kjj.carrier.support.KaribuTest;
import cn.kunming.kjj.carrier.support.MovableClock;
import com.github.mvysny.kaributesting.v10.GridKt;
import com.github.mvysny.kaributesting.v10.LocatorJ;
import com.vaadin.flow.component.combobox.ComboBox;
import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.github.mvysny.kaributesting.v10.ShortcutsKt;
import com.vaadin.flow.component.ComponentUtil;
import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.grid.CellFocusEvent;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridSortOrder;
import com.vaadin.flow.data.provider.SortDirection;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.util.List;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The officers' dossier list remembers (issue 25): its call, filters, order and position go into its address, and a new
 * page opened at that address (Back, a reload, a bookmark) shows the same list; what a hostile address says is ignored;
 * it opens on the call under review; it counts its rows in the reader's scope; each person's columns are kept; Enter
 * opens the row with the focus; a unit opens its own page, within scope.
 */
class DossierListStateTest extends KaribuTest {

    @Autowired
    ReviewScenario scenario;
    @Autowired
    MovableClock clock;
    @Autowired
    PublicNoticeService notices;
    @Autowired
    CarrierService carriers;

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    /** A new session, as after a reload, a closed tab or the browser's Back into a new page. */
    private void freshPage(Role role, String tenant, long account) {
        logout();
        MockVaadin.tearDown();
        setUpVaadinAgain();
        login(role, tenant, null, account);
    }

    private static DossiersView.CallChoice callOf(DossiersView view, CallId id) {
        return view.call.getListDataView().getItems().filter(c -> c.id().equals(id)).findFirst().orElseThrow();
    }

    private static List<DossierRow> rows(Grid<DossierRow> grid) {
        return IntStream.range(0, GridKt._size(grid)).mapToObj(i -> GridKt._get(grid, i)).toList();
    }

    /** What the browser's next round trip brings: the grid's rows and its count. */
    private static <T extends com.vaadin.flow.component.Component> T shown(Class<T> type, com.vaadin.flow.component.Component view) {
        MockVaadin.clientRoundtrip(false);
        return type.cast(view);
    }

    private static String path() {
        return UI.getCurrent().getInternals().getActiveViewLocation().getPath();
    }

    @Test
    void theListsCallFiltersAndOrderGoIntoItsAddressAndANewPageAtThatAddressShowsTheSameList() {
        CallId call = scenario.openCall();
        ReviewScenario.Submitted recommended = scenario.submitted(call, "530102");
        scenario.recommend(recommended.dossierId(), "530102");
        scenario.submitted(call, "530102", recommended.field());
        scenario.submitted(call, "530102");
        login(Role.DISTRICT_OFFICER, "530102");
        DossiersView view = as(DossiersView.class, navigate(DossierListLink.ROUTE));
        view.call.setValue(callOf(view, call));
        view.moreFilters.click();
        view.more().stage.setValue(DossierStage.SUBMITTED);
        view.more().field.setValue(recommended.field());
        view.grid.sort(List.of(new GridSortOrder<>(view.grid.getColumnByKey("unit"), SortDirection.DESCENDING)));
        MockVaadin.clientRoundtrip(false);
        assertThat(view.count.count()).isEqualTo(2);
        view.more().status.setValue(DossierStatus.RECOMMENDED);
        assertThat(rows(view.grid)).extracting(DossierRow::id).containsExactly(recommended.dossierId());
        MockVaadin.clientRoundtrip(false);
        assertThat(view.count.count()).as("the count follows the present status beside the stage").isEqualTo(1);
        String address = view.address.href();
        assertThat(address).startsWith(DossierListLink.ROUTE + "?").contains("call=" + call, "stage=SUBMITTED",
                "status=RECOMMENDED", "sort=-UNIT");

        freshPage(Role.DISTRICT_OFFICER, "530102", -1);
        DossiersView again = as(DossiersView.class, navigate(address));
        assertThat(again.call.getValue().id()).isEqualTo(call);
        assertThat(again.more().stage.getValue()).isEqualTo(DossierStage.SUBMITTED);
        assertThat(again.more().status.getValue()).isEqualTo(DossierStatus.RECOMMENDED);
        assertThat(again.more().field.getValue()).isEqualTo(recommended.field());
        assertThat(again.grid.getSortOrder()).singleElement().satisfies(o -> {
            assertThat(o.getSorted().getKey()).isEqualTo("unit");
            assertThat(o.getDirection()).isEqualTo(SortDirection.DESCENDING);
        });
        assertThat(rows(again.grid)).extracting(DossierRow::id).containsExactly(recommended.dossierId());
        assertThat(again.address.href()).isEqualTo(address);
    }

    @Test
    void backFromADossierReturnsToTheSameFilteredListAtTheRowThatWasOpened() {
        CallId call = scenario.openCall();
        for (int i = 0; i < 3; i++) {
            scenario.submitted(call, "530102");
        }
        login(Role.DISTRICT_OFFICER, "530102");
        DossiersView view = as(DossiersView.class, navigate(DossierListLink.href(
                cn.kunming.kjj.carrier.dossier.DossierFilter.ofCall(call).withStatus(DossierStatus.SUBMITTED))));
        view.grid.sort(List.of(new GridSortOrder<>(view.grid.getColumnByKey("name"), SortDirection.ASCENDING)));
        DossierRow third = GridKt._get(view.grid, 2);
        GridKt._clickItem(view.grid, 2);
        assertThat(path()).isEqualTo("dossiers/" + third.id());
        String back = view.address.href();
        assertThat(back).contains("status=SUBMITTED", "sort=NAME", "pos=2");

        freshPage(Role.DISTRICT_OFFICER, "530102", -1);
        DossiersView list = as(DossiersView.class, navigate(back));
        assertThat(list.call.getValue().id()).isEqualTo(call);
        assertThat(list.more().status.getValue()).isEqualTo(DossierStatus.SUBMITTED);
        assertThat(GridKt._get(list.grid, 2).id()).isEqualTo(third.id());
        assertThat(list.address.href()).as("the position stays until the reader moves on").contains("pos=2");
    }

    @Test
    void aHostileAddressIsIgnoredSafelyAndNeverShowsAnotherTenantsDossiers() {
        CallId call = scenario.openCall();
        scenario.submitted(call, "530102");
        ReviewScenario.Submitted foreign = scenario.submitted(call, "530103");
        login(Role.DISTRICT_OFFICER, "530102");
        for (String hostile : List.of(
                "call=99999999999999999999999&stage=<script>&status=HACKED&kind=%00&tenant=530103&year=99999&pos=-4",
                "call=" + call + "&tenant=530103&field=%27%20or%201%3D1&sort=-DROP%20TABLE&pos=99999999999",
                "call=-1&year=abc&stage=&status=DRAFT&sort=" + "X".repeat(500),
                "call=" + foreign.callId() + "&unit=" + foreign.unitId())) {
            DossiersView view = shown(DossiersView.class, navigate(DossierListLink.ROUTE + "?" + hostile));
            assertThat(view.more().tenant.getValue()).as(hostile).isNull();
            assertThat(view.more().year.getValue()).as(hostile).isNull();
            assertThat(rows(view.grid)).as(hostile).extracting(DossierRow::tenantId)
                    .allSatisfy(t -> assertThat(t.value()).isEqualTo("530102"));
            assertThat(rows(view.grid)).as(hostile).extracting(DossierRow::id).doesNotContain(foreign.dossierId());
            assertThat(view.count.count()).as(hostile).isEqualTo(GridKt._size(view.grid));
        }
        assertThat(navigate("units/-5")).isInstanceOf(NothingHereView.class);
        assertThat(QueryParams.readInt(com.vaadin.flow.router.QueryParameters.fromString("pos=2147483648"), "pos", 0,
                Integer.MAX_VALUE)).as("a number too large to hold").isNull();
    }

    @Test
    void withoutAnAddressTheListOpensOnTheCallUnderReviewInTheReadersScopeNotTheNewestOrTheOldest() {
        CallId underReview = scenario.openCall();
        scenario.submitted(underReview, "530126");
        CallId newer = scenario.openCall();
        login(Role.DISTRICT_OFFICER, "530126");
        DossiersView view = as(DossiersView.class, navigate(DossierListLink.ROUTE));
        assertThat(view.call.getValue().id()).isEqualTo(underReview).isNotEqualTo(newer);
        assertThat(view.address.href()).contains("call=" + underReview);
        view.call.clear();
        assertThat(view.address.href()).as("every call, said so").contains("call=all");
        DossiersView all = as(DossiersView.class, navigate(view.address.href()));
        assertThat(all.call.getValue()).isNull();
    }

    @Test
    void theLessUsedFiltersAreMadeOnlyWhenTheReaderOpensThemOrTheAddressNamesOne() {
        CallId call = scenario.openCall();
        scenario.submitted(call, "530102");
        login(Role.DISTRICT_OFFICER, "530102");
        DossiersView view = as(DossiersView.class, navigate(DossierListLink.ROUTE + "?call=" + call));
        assertThat(LocatorJ._find(view, ComboBox.class)).as("the call's alone").hasSize(1);
        assertThat(view.moreFilters.isAttached()).isTrue();
        LocatorJ._click(view.moreFilters);
        assertThat(LocatorJ._find(view, ComboBox.class)).as("call, stage, status, kind, field: no tenant for a district")
                .hasSize(5);
        assertThat(view.moreFilters.isAttached()).as("opened once, for this page").isFalse();
        view.more().kind.setValue(cn.kunming.kjj.carrier.common.CarrierKind.CONCEPT_CENTER);
        assertThat(view.address.href()).contains("kind=CONCEPT_CENTER");

        DossiersView named = as(DossiersView.class, navigate(DossierListLink.ROUTE + "?call=" + call + "&year=2026"));
        assertThat(named.more().year.getValue()).as("an address naming one shows them all").isEqualTo(2026);
        assertThat(named.more().kind.getValue()).as("and nothing it does not name").isNull();
        assertThat(LocatorJ._find(named, ComboBox.class)).hasSize(5);

        freshPage(Role.BUREAU_OFFICER, "KMKJJ", -1);
        DossiersView bureau = as(DossiersView.class, navigate(DossierListLink.ROUTE + "?call=" + call + "&tenant=530102"));
        assertThat(bureau.more().tenant.getValue().id().value()).isEqualTo("530102");
        assertThat(LocatorJ._find(bureau, ComboBox.class)).as("the bureau also chooses a tenant").hasSize(6);
        assertThat(GridKt._size(bureau.grid)).isEqualTo(1);
    }

    @Test
    void everyListCountsItsRowsInTheReadersScopeOnly() {
        CallId call = scenario.openCall();
        scenario.submitted(call, "530102");
        scenario.submitted(call, "530102");
        scenario.submitted(call, "530103");
        String address = DossierListLink.href(cn.kunming.kjj.carrier.dossier.DossierFilter.ofCall(call));
        login(Role.DISTRICT_OFFICER, "530102");
        assertThat(shown(DossiersView.class, navigate(address)).count.getText()).isEqualTo("共 2 条");
        login(Role.DISTRICT_OFFICER, "530103");
        assertThat(shown(DossiersView.class, navigate(address)).count.count()).isEqualTo(1);
        login(Role.BUREAU_OFFICER, "KMKJJ");
        assertThat(shown(DossiersView.class, navigate(address)).count.count()).isEqualTo(3);
    }

    @Test
    void eachPersonsColumnsAreKeptForThatPersonAlone() {
        login(Role.DISTRICT_OFFICER, "530102", null, -7101);
        DossiersView view = as(DossiersView.class, navigate(DossierListLink.ROUTE));
        assertThat(view.grid.getColumnByKey("creditCode").isVisible()).isTrue();
        assertThat(view.grid.getColumnByKey("unit").isResizable()).isTrue();
        view.columns.show("creditCode", false);
        assertThat(view.grid.getColumnByKey("creditCode").isVisible()).isFalse();

        freshPage(Role.DISTRICT_OFFICER, "530102", -7101);
        DossiersView again = as(DossiersView.class, navigate(DossierListLink.ROUTE));
        assertThat(again.grid.getColumnByKey("creditCode").isVisible()).as("kept for the same account").isFalse();
        freshPage(Role.DISTRICT_OFFICER, "530102", -7102);
        DossiersView other = as(DossiersView.class, navigate(DossierListLink.ROUTE));
        assertThat(other.grid.getColumnByKey("creditCode").isVisible()).as("another account's list").isTrue();
        for (String key : List.of("unit", "name", "kind", "field", "call", "status", "lastSaved", "versions")) {
            other.columns.show(key, false);
        }
        other.columns.show("creditCode", false);
        assertThat(other.grid.getColumns().stream().filter(Grid.Column::isVisible)).as("the last column stays")
                .hasSize(1);
    }

    @Test
    void theCallColumnShowsOnlyWhileTheListShowsEveryCallInItsPlaceAndAsThePersonLeftIt() {
        CallId call = scenario.openCall();
        login(Role.DISTRICT_OFFICER, "530102", null, -7111);
        DossiersView view = as(DossiersView.class, navigate(DossierListLink.ROUTE + "?call=" + call));
        assertThat(view.grid.getColumnByKey("call")).as("one call: it is in the box above the list").isNull();
        view.columns.show("call", false);
        assertThat(view.grid.getColumns()).as("hiding a column not shown changes nothing").hasSize(8);

        view.call.clear();
        assertThat(keys(view.grid)).as("every call: the column is back, before the status")
                .containsExactly("unit", "creditCode", "name", "kind", "field", "call", "status", "lastSaved", "versions");
        view.columns.show("call", false);
        view.call.setValue(callOf(view, call));
        assertThat(view.grid.getColumnByKey("call")).isNull();
        view.call.clear();
        assertThat(view.grid.getColumnByKey("call").isVisible()).as("hidden, as the person left it").isFalse();

        freshPage(Role.DISTRICT_OFFICER, "530102", -7111);
        DossiersView again = as(DossiersView.class, navigate(DossierListLink.ROUTE + "?call=all"));
        assertThat(again.grid.getColumnByKey("call").isVisible()).as("kept for the next page").isFalse();
        again.columns.show("call", true);
        assertThat(again.grid.getColumnByKey("call").isVisible()).isTrue();
    }

    @Test
    void onlyTheBureausListHasATenantColumnADistrictSeesItsOwnTenantAlone() {
        login(Role.DISTRICT_OFFICER, "530102");
        assertThat(as(DossiersView.class, navigate(DossierListLink.ROUTE + "?call=all")).grid.getColumnByKey("tenant"))
                .isNull();
        freshPage(Role.BUREAU_OFFICER, "KMKJJ", -7112);
        assertThat(as(DossiersView.class, navigate(DossierListLink.ROUTE + "?call=all")).grid.getColumnByKey("tenant"))
                .isNotNull();
    }

    private static List<String> keys(Grid<DossierRow> grid) {
        return grid.getColumns().stream().map(Grid.Column::getKey).toList();
    }

    @Test
    void enterOpensTheRowWithTheKeyboardFocusAndTheUnitColumnOpensTheUnitsPage() {
        CallId call = scenario.openCall();
        ReviewScenario.Submitted s = scenario.submitted(call, "530102");
        login(Role.DISTRICT_OFFICER, "530102");
        DossiersView view = as(DossiersView.class, navigate(DossierListLink.href(
                cn.kunming.kjj.carrier.dossier.DossierFilter.ofCall(call))));
        DossierRow row = GridKt._get(view.grid, 0);
        String key = view.grid.getDataCommunicator().getKeyMapper().key(row);
        ComponentUtil.fireEvent(view.grid, new CellFocusEvent<>(view.grid, true, key, null, "body"));
        ShortcutsKt._fireShortcut(view.grid, Key.ENTER);
        assertThat(path()).isEqualTo("dossiers/" + s.dossierId());

        view = as(DossiersView.class, navigate(DossierListLink.href(cn.kunming.kjj.carrier.dossier.DossierFilter.ofCall(call))));
        assertThat(GridKt._getFormatted(view.grid.getColumnByKey("creditCode"), GridKt._get(view.grid, 0))).hasSize(18);
        GridKt._clickItem(view.grid, 0, view.grid.getColumnByKey("unit"), 1, false, false, false, false);
        assertThat(path()).isEqualTo("units/" + s.unitId());
    }

    @Test
    void aUnitsPageShowsItsDossiersAndCarriersToItsOwnDistrictAndToNoOtherDistrict() {
        CallId call = scenario.openCall();
        var carrier = scenario.approvedCarrier(call, "530102", clock, notices, carriers);
        login(Role.BUREAU_OFFICER, "KMKJJ");
        var unitId = carriers.register(cn.kunming.kjj.carrier.carrier.CarrierFilter.none()).stream()
                .filter(c -> c.id().equals(carrier)).findFirst().orElseThrow().unitId();

        login(Role.DISTRICT_OFFICER, "530102");
        UnitView page = as(UnitView.class, navigate("units/" + unitId));
        assertThat(page.dossierCount.count()).isEqualTo(1);
        assertThat(page.carrierCount.count()).isEqualTo(1);
        assertThat(GridKt._get(page.carrierGrid, 0).id()).isEqualTo(carrier);
        GridKt._clickItem(page.carrierGrid, 0);
        assertThat(path()).isEqualTo("carriers/" + carrier);

        login(Role.DISTRICT_OFFICER, "530103");
        String foreign = navigate("units/" + unitId).getElement().getTextRecursively();
        String missing = navigate("units/987654321").getElement().getTextRecursively();
        assertThat(navigate("units/" + unitId)).isInstanceOf(NothingHereView.class);
        assertThat(foreign).as("another tenant's unit is not found, exactly like a missing one").isEqualTo(missing);
    }
}
