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
import cn.kunming.kjj.carrier.support.ShownTable;
import com.github.mvysny.kaributesting.v10.GridKt;
import cn.kunming.kjj.carrier.common.ui.PagedTable;
import cn.kunming.kjj.carrier.common.DossierId;
import cn.kunming.kjj.carrier.support.MovableClock;
import com.github.mvysny.kaributesting.v10.LocatorJ;
import com.vaadin.flow.component.combobox.ComboBox;
import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.vaadin.flow.component.UI;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The officers' dossier list remembers (issue 25): its call, filters, order and position go into its address, and a new
 * page opened at that address (Back, a reload, a bookmark) shows the same list; what a hostile address says is ignored;
 * it opens on the call under review; it counts its rows in the reader's scope; each person's columns are kept; a row's
 * cells are links to its dossier (the unit's to its page, within scope); it pages and sorts by links (decision 0044).
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
    @Autowired
    cn.kunming.kjj.carrier.dossier.DossierListService dossiers;
    @Autowired
    cn.kunming.kjj.carrier.preference.ListPreferenceService prefs;

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

    /** The dossiers the page shows, as its rows' links open them. */
    private static List<DossierId> shownIds(DossiersView view) {
        return ShownTable.opened(view.table, "name").stream().map(DossierId::of).toList();
    }

    /** Follows a link of the list as a reader clicks it: the portal's router opens its address. */
    private DossiersView follow(String href) {
        return as(DossiersView.class, navigate(href));
    }

    private static <T extends com.vaadin.flow.component.Component> T shown(Class<T> type, com.vaadin.flow.component.Component view) {
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
        view = follow(ShownTable.sortLink(view.table, "unit"));
        view = follow(ShownTable.sortLink(view.table, "unit"));
        assertThat(view.count.count()).isEqualTo(2);
        view.more().status.setValue(DossierStatus.RECOMMENDED);
        assertThat(shownIds(view)).containsExactly(recommended.dossierId());
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
        assertThat(again.sort()).isEqualTo("-UNIT");
        assertThat(ShownTable.headers(again.table)).contains(again.table.header("unit") + " ▼");
        assertThat(shownIds(again)).containsExactly(recommended.dossierId());
        assertThat(again.address.href()).isEqualTo(address);
    }

    @Test
    void backFromADossierReturnsToTheSameFilteredSortedPageWithTheRowThatWasOpened() {
        CallId call = scenario.openCall();
        for (int i = 0; i < PagedTable.PAGE_SIZE + 2; i++) {
            scenario.submitted(call, "530102");
        }
        login(Role.DISTRICT_OFFICER, "530102");
        DossiersView view = as(DossiersView.class, navigate(DossierListLink.href(
                cn.kunming.kjj.carrier.dossier.DossierFilter.ofCall(call).withStatus(DossierStatus.SUBMITTED))));
        assertThat(shownIds(view)).as("a page of rows").hasSize(PagedTable.PAGE_SIZE);
        assertThat(ShownTable.pageOf(view.table)).isEqualTo("第 1 页，共 2 页");
        assertThat(ShownTable.pageLink(view.table, "上一页")).as("no page before the first").isNull();
        view = follow(ShownTable.sortLink(view.table, "name"));
        List<String> firstPage = ShownTable.column(view.table, "name");
        assertThat(firstPage).isSorted();
        view = follow(ShownTable.pageLink(view.table, "下一页"));
        assertThat(ShownTable.pageOf(view.table)).isEqualTo("第 2 页，共 2 页");
        assertThat(ShownTable.pageLink(view.table, "下一页")).as("no page after the last").isNull();
        assertThat(shownIds(view)).hasSize(2);
        assertThat(ShownTable.column(view.table, "name").getFirst()).as("the order goes on over the page")
                .isGreaterThanOrEqualTo(firstPage.getLast());
        DossierId second = shownIds(view).get(1);
        navigate(ShownTable.opens(view.table, 1, "status"));
        assertThat(path()).as("any cell of the row opens its dossier").isEqualTo("dossiers/" + second);
        String back = view.address.href();
        assertThat(back).contains("status=SUBMITTED", "sort=NAME", "page=2");

        freshPage(Role.DISTRICT_OFFICER, "530102", -1);
        DossiersView list = as(DossiersView.class, navigate(back));
        assertThat(list.call.getValue().id()).isEqualTo(call);
        assertThat(list.more().status.getValue()).isEqualTo(DossierStatus.SUBMITTED);
        assertThat(shownIds(list).get(1)).isEqualTo(second);
        assertThat(list.address.href()).as("the page stays until the reader moves on").contains("page=2");
        list.search.setValue("昆明");
        assertThat(list.address.href()).as("a new search starts at the first page").doesNotContain("page=");

        DossiersView old = as(DossiersView.class, navigate(DossierListLink.ROUTE + "?call=" + call
                + "&status=SUBMITTED&sort=NAME&pos=" + (PagedTable.PAGE_SIZE + 1)));
        assertThat(old.page()).as("an address written before the list had pages: the row's page").isEqualTo(2);
        DossiersView beyond = as(DossiersView.class, navigate(DossierListLink.ROUTE + "?call=" + call + "&page=40"));
        assertThat(beyond.page()).as("beyond the last page: the last").isEqualTo(2);
        assertThat(beyond.address.href()).contains("page=2");
    }

    @Test
    void aHostileAddressIsIgnoredSafelyAndNeverShowsAnotherTenantsDossiers() {
        CallId call = scenario.openCall();
        scenario.submitted(call, "530102");
        ReviewScenario.Submitted foreign = scenario.submitted(call, "530103");
        login(Role.DISTRICT_OFFICER, "530102");
        for (String hostile : List.of(
                "call=99999999999999999999999&stage=<script>&status=HACKED&kind=%00&tenant=530103&year=99999&pos=-4&page=-1",
                "call=" + call + "&tenant=530103&field=%27%20or%201%3D1&sort=-DROP%20TABLE&pos=99999999999&page=99999999999",
                "call=-1&year=abc&stage=&status=DRAFT&page=abc&sort=" + "X".repeat(500),
                "call=" + call + "&sort=-&page=0",
                "call=" + foreign.callId() + "&unit=" + foreign.unitId())) {
            DossiersView view = shown(DossiersView.class, navigate(DossierListLink.ROUTE + "?" + hostile));
            assertThat(view.more().tenant.getValue()).as(hostile).isNull();
            assertThat(view.more().year.getValue()).as(hostile).isNull();
            assertThat(shownIds(view)).as(hostile).doesNotContain(foreign.dossierId());
            assertThat(shownIds(view)).as(hostile).hasSize(Math.min(view.count.count(), PagedTable.PAGE_SIZE));
            assertThat(view.sort()).as(hostile).isNull();
            assertThat(view.page()).as(hostile).isEqualTo(1);
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
        assertThat(shownIds(bureau)).hasSize(1);
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
        assertThat(view.table.isShown("creditCode")).isTrue();
        assertThat(ShownTable.headers(view.table)).contains(view.table.header("creditCode"));
        view.columns.show("creditCode", false);
        assertThat(view.table.isShown("creditCode")).isFalse();
        assertThat(ShownTable.headers(view.table)).as("the page shown loses the column at once")
                .doesNotContain(view.table.header("creditCode")).contains(view.table.header("unit"));

        freshPage(Role.DISTRICT_OFFICER, "530102", -7101);
        DossiersView again = as(DossiersView.class, navigate(DossierListLink.ROUTE));
        assertThat(again.table.isShown("creditCode")).as("kept for the same account").isFalse();
        freshPage(Role.DISTRICT_OFFICER, "530102", -7102);
        DossiersView other = as(DossiersView.class, navigate(DossierListLink.ROUTE));
        assertThat(other.table.isShown("creditCode")).as("another account's list").isTrue();
        for (String key : List.of("unit", "name", "kind", "field", "call", "status", "lastSaved", "versions")) {
            other.columns.show(key, false);
        }
        other.columns.show("creditCode", false);
        assertThat(other.table.keys().stream().filter(other.table::isShown)).as("the last column stays").hasSize(1);
    }

    @Test
    void theCallColumnShowsOnlyWhileTheListShowsEveryCallInItsPlaceAndAsThePersonLeftIt() {
        CallId call = scenario.openCall();
        login(Role.DISTRICT_OFFICER, "530102", null, -7111);
        DossiersView view = as(DossiersView.class, navigate(DossierListLink.ROUTE + "?call=" + call));
        assertThat(view.table.has("call")).as("one call: it is in the box above the list").isFalse();
        view.columns.show("call", false);
        assertThat(view.table.keys()).as("hiding a column not shown changes nothing").hasSize(8);

        view.call.clear();
        assertThat(view.table.keys()).as("every call: the column is back, before the status")
                .containsExactly("unit", "creditCode", "name", "kind", "field", "call", "status", "lastSaved", "versions");
        view.columns.show("call", false);
        view.call.setValue(callOf(view, call));
        assertThat(view.table.has("call")).isFalse();
        view.call.clear();
        assertThat(view.table.has("call")).isTrue();
        assertThat(view.table.isShown("call")).as("hidden, as the person left it").isFalse();

        freshPage(Role.DISTRICT_OFFICER, "530102", -7111);
        DossiersView again = as(DossiersView.class, navigate(DossierListLink.ROUTE + "?call=all"));
        assertThat(again.table.isShown("call")).as("kept for the next page").isFalse();
        again.columns.show("call", true);
        assertThat(again.table.isShown("call")).isTrue();
        assertThat(ShownTable.headers(again.table)).contains(again.table.header("call"));
    }

    @Test
    void onlyTheBureausListHasATenantColumnADistrictSeesItsOwnTenantAlone() {
        login(Role.DISTRICT_OFFICER, "530102");
        assertThat(as(DossiersView.class, navigate(DossierListLink.ROUTE + "?call=all")).table.has("tenant")).isFalse();
        freshPage(Role.BUREAU_OFFICER, "KMKJJ", -7112);
        assertThat(as(DossiersView.class, navigate(DossierListLink.ROUTE + "?call=all")).table.has("tenant")).isTrue();
    }

    @Test
    void everyCellOpensTheRowsDossierTheUnitsCellTheUnitsPageAndTheKeyboardStopsOncePerRecord() {
        CallId call = scenario.openCall();
        ReviewScenario.Submitted s = scenario.submitted(call, "530102");
        login(Role.DISTRICT_OFFICER, "530102");
        DossiersView view = as(DossiersView.class, navigate(DossierListLink.href(
                cn.kunming.kjj.carrier.dossier.DossierFilter.ofCall(call))));
        for (String key : view.table.keys()) {
            String expected = key.equals("unit") ? "units/" + s.unitId() : "dossiers/" + s.dossierId();
            assertThat(ShownTable.opens(view.table, 0, key)).as(key).isEqualTo(expected);
        }
        var links = ShownTable.markup(view.table).select("tbody tr").getFirst().select("a");
        assertThat(links).allSatisfy(a -> assertThat(a.hasAttr("router-link")).as("opened by the portal's router").isTrue());
        assertThat(links.stream().filter(a -> !a.attr("tabindex").equals("-1")).map(a -> a.attr("href")))
                .as("Tab stops at the dossier and the unit, not at every cell; Enter follows the link")
                .containsExactlyInAnyOrder("dossiers/" + s.dossierId(), "units/" + s.unitId());
        assertThat(ShownTable.column(view.table, "creditCode").getFirst()).hasSize(18);

        navigate(ShownTable.opens(view.table, 0, "name"));
        assertThat(path()).isEqualTo("dossiers/" + s.dossierId());
        navigate(ShownTable.opens(view.table, 0, "unit"));
        assertThat(path()).isEqualTo("units/" + s.unitId());
    }

    @Test
    void theBoxesTickRowsOfThePageShownOnlyAndANewFilterClearsThem() {
        CallId call = scenario.openCall();
        ReviewScenario.Submitted a = scenario.submitted(call, "530102");
        ReviewScenario.Submitted b = scenario.submitted(call, "530102");
        ReviewScenario.Submitted foreign = scenario.submitted(call, "530103");
        login(Role.DISTRICT_OFFICER, "530102");
        DossiersView view = as(DossiersView.class, navigate(DossierListLink.href(
                cn.kunming.kjj.carrier.dossier.DossierFilter.ofCall(call))));
        assertThat(view.exportSelected.isEnabled()).isFalse();
        long idA = a.dossierId().value();
        long idB = b.dossierId().value();
        tick(view, String.valueOf(idA), true);
        assertThat(view.table.selected()).containsExactly(idA);
        assertThat(view.exportSelected.isEnabled()).isTrue();
        assertThat(view.exportSelected.getText()).contains("已选 1 条");
        String tooMany = "page:" + String.join(",", java.util.Collections.nCopies(PagedTable.PAGE_SIZE + 1, "7"));
        for (String forged : List.of("-1", "0", "abc", "", "9".repeat(40), "1,2", "page:", "page:1,,2", tooMany,
                "page:x")) {
            tick(view, forged, true);
            assertThat(view.table.selected()).as("not a box of a page: " + forged).containsExactly(idA);
        }
        tick(view, "page:" + idA + "," + idB, true);
        assertThat(view.table.selected()).containsExactly(idA, idB);
        tick(view, String.valueOf(idB), false);
        assertThat(view.table.selected()).containsExactly(idA);

        tick(view, String.valueOf(foreign.dossierId().value()), true);
        assertThat(dossiers.exportSelected(view.table.selected().stream().map(DossierId::of).toList()))
                .as("a forged box of another district's dossier exports nothing of it")
                .satisfies(xlsx -> assertThat(rowsOf(xlsx)).isEqualTo(1));

        navigate(ShownTable.opens(view.table, 0, "name"));
        view = as(DossiersView.class, navigate(view.address.href()));
        assertThat(view.table.selected()).as("a dossier opened and Back keep the ticks").containsExactly(idA,
                foreign.dossierId().value());
        assertThat(view.exportSelected.getText()).contains("已选 2 条");

        view.search.setValue("不存在的名称");
        assertThat(view.table.selected()).as("a new search: what is ticked was ticked under the filter shown").isEmpty();
        assertThat(view.exportSelected.isEnabled()).isFalse();
    }

    @Test
    void atMostAsManyRowsAreTickedAsAnExportTakesAndTheRefusalSaysSo() {
        CallId call = scenario.openCall();
        scenario.submitted(call, "530102");
        login(Role.DISTRICT_OFFICER, "530102");
        DossiersView view = as(DossiersView.class, navigate(DossierListLink.href(
                cn.kunming.kjj.carrier.dossier.DossierFilter.ofCall(call))));
        int most = cn.kunming.kjj.carrier.common.BulkOutcome.MOST;
        for (int first = 1; first <= most; first += PagedTable.PAGE_SIZE) {
            int from = first;
            tick(view, "page:" + String.join(",", java.util.stream.IntStream.range(from, from + PagedTable.PAGE_SIZE)
                    .mapToObj(String::valueOf).toList()), true);
        }
        assertThat(view.table.selected()).hasSize(most);
        tick(view, String.valueOf(most), true);
        assertThat(view.table.selected()).as("one already ticked, ticked again").hasSize(most);
        tick(view, String.valueOf(most + 1), true);
        assertThat(view.table.selected()).as("the %d-th refused", most + 1).hasSize(most).doesNotContain(most + 1L);
        com.github.mvysny.kaributesting.v10.NotificationsKt.expectNotifications("一次最多选择 " + most
                + " 条（导出所选和批量办理都以此为限），已选 " + most + " 条；本次勾选未加入。请先导出或取消部分勾选。");
        tick(view, "1", false);
        tick(view, String.valueOf(most + 1), true);
        assertThat(view.table.selected()).as("room again after one is cleared").hasSize(most).contains(most + 1L);
    }

    @Test
    void theAddressAlwaysNamesTheListAsShownWhateverItWasOpenedWith() {
        CallId call = scenario.openCall();
        scenario.submitted(call, "530102");
        login(Role.DISTRICT_OFFICER, "530102");
        navigate(DossierListLink.ROUTE);
        assertThat(location()).as("the call it opens on").containsKey("call");
        navigate(DossierListLink.ROUTE + "?call=" + call + "&page=82&unit=5&pos=3&q=" + "x".repeat(60));
        assertThat(location()).as("the last page, nothing ignored").isEqualTo(java.util.Map.of("call", List.of(
                String.valueOf(call.value()))));
        navigate(DossierListLink.ROUTE + "?stage=SUBMITTED");
        assertThat(location()).as("a figure's link means every call").containsEntry("call", List.of("all"))
                .containsEntry("stage", List.of("SUBMITTED"));
    }

    private static java.util.Map<String, List<String>> location() {
        return UI.getCurrent().getInternals().getActiveViewLocation().getQueryParameters().getParameters();
    }

    @Test
    void aColumnShownInAnotherTabStaysWhenThisTabHidesAnother() {
        login(Role.DISTRICT_OFFICER, "530102", null, -7121);
        DossiersView tabA = as(DossiersView.class, navigate(DossierListLink.ROUTE + "?call=all"));
        tabA.columns.show("kind", false);
        // another tab of the same person shows the kind again and hides the field
        prefs.save(DossiersView.LIST_KEY, prefs.layout(DossiersView.LIST_KEY).hiding("kind", false)
                .hiding("field", true));

        tabA.columns.show("versions", false);
        assertThat(prefs.layout(DossiersView.LIST_KEY).hidden()).as("the other tab's choices kept, this tab's added")
                .containsExactlyInAnyOrder("field", "versions");
    }

    private static int rowsOf(byte[] xlsx) {
        try (var book = org.apache.poi.ss.usermodel.WorkbookFactory.create(new java.io.ByteArrayInputStream(xlsx))) {
            return book.getSheetAt(0).getLastRowNum();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** A box's change as the browser sends it: its value and whether it is ticked. */
    private static void tick(DossiersView view, String value, boolean checked) {
        tools.jackson.databind.node.ObjectNode data = tools.jackson.databind.json.JsonMapper.shared().createObjectNode();
        data.put("event.target.value", value);
        data.put("event.target.checked", checked);
        data.put("event.target.type === 'checkbox'", true);
        com.github.mvysny.kaributesting.v10.ElementUtilsKt._fireDomEvent(view.table.getElement(),
                new com.vaadin.flow.dom.DomEvent(view.table.getElement(), "change", data));
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
