package cn.kunming.kjj.carrier.dashboard.ui;

import cn.kunming.kjj.carrier.common.CallId;
import cn.kunming.kjj.carrier.common.ui.ECharts;
import cn.kunming.kjj.carrier.review.ReviewScenario;
import cn.kunming.kjj.carrier.security.Role;
import cn.kunming.kjj.carrier.support.KaribuTest;
import com.github.mvysny.kaributesting.v10.GridKt;
import com.github.mvysny.kaributesting.v10.LocatorJ;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.grid.Grid;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class DashboardViewsTest extends KaribuTest {

    @Autowired
    ReviewScenario scenario;

    private CallId call;

    private void dossiersInTwoTenants() {
        call = scenario.openCall();
        scenario.submitted(call, "530102");
        scenario.submitted(call, "530102");
        scenario.submitted(call, "530103");
    }

    /** A link of a table, as the browser shows it. */
    record Link(String href, String text) {
    }

    /** The dashboard as the page fetches it: its markup, parsed as the browser would. */
    static Document markup(DashboardPanel panel) {
        return Jsoup.parseBodyFragment(panel.content().html());
    }

    /** Links of the tables that open a list (the deadlines open single records). */
    static List<Link> listLinks(DashboardPanel panel) {
        return markup(panel).select("table.figure-table a").stream()
                .map(a -> new Link(a.attr("href"), a.text()))
                .filter(a -> a.href().startsWith("call-dossiers") || a.href().startsWith("carriers")).toList();
    }

    private int rowsOfListAt(String href) {
        return rowsOf(navigate(href));
    }

    /** The length of a list: the dossiers' paged table (decision 0044) or another list's grid. */
    private static int rowsOf(Component view) {
        List<cn.kunming.kjj.carrier.common.ui.PagedTable> tables = LocatorJ._find(view,
                cn.kunming.kjj.carrier.common.ui.PagedTable.class);
        return tables.isEmpty() ? GridKt._size(LocatorJ._get(view, Grid.class))
                : cn.kunming.kjj.carrier.support.ShownTable.count(tables.getFirst());
    }

    @Test
    void aDistrictFollowsEveryFigureOfItsDashboardToAListOfThatLength() {
        dossiersInTwoTenants();
        login(Role.DISTRICT_OFFICER, "530102");
        DashboardPanel panel = as(DistrictHomeView.class, navigate("district")).panel;
        List<Link> links = listLinks(panel);
        assertThat(links).hasSizeGreaterThan(5);
        Document page = markup(panel);
        assertThat(page.select(".portal-chart[role=img]")).as("a chart beside every table but the deadlines")
                .hasSize(page.select("table.figure-table:not(.deadlines)").size())
                .hasSameSizeAs(panel.content().charts());
        for (Link link : links) {
            String href = link.href();
            int shown = Integer.parseInt(link.text());
            assertThat(rowsOfListAt(href)).as(href).isEqualTo(shown);
        }
    }

    @Test
    void aClickOnABarOpensTheDossiersOfThatTenant() throws Exception {
        dossiersInTwoTenants();
        login(Role.BUREAU_OFFICER, "KMKJJ");
        DashboardPanel panel = as(BureauHomeView.class, navigate("bureau")).panel;
        DashboardPanel.Chart byTenant = panel.content().charts().stream()
                .filter(c -> c.name().equals("申报数（按属地）")).findFirst().orElseThrow();
        JsonNode item = null;
        for (JsonNode d : JsonMapper.builder().build().readTree(ECharts.json(byTenant.option())).get("series").get(0)
                .get("data")) {
            if (d.get("name").asString().equals("盘龙区")) {
                item = d;
            }
        }
        assertThat(item).as("a bar for 盘龙区").isNotNull();
        panel.open(item.get("drill").asString());
        Component list = UI.getCurrent().getCurrentView();
        assertThat(list.getClass().getSimpleName()).isEqualTo("DossiersView");
        assertThat(rowsOf(list)).isEqualTo(item.get("value").asInt());
    }

    @Test
    void theBureauLooksAtOneTenantsDashboardByItsAddress() {
        dossiersInTwoTenants();
        login(Role.BUREAU_OFFICER, "KMKJJ");
        BureauHomeView view = as(BureauHomeView.class, navigate("bureau?tenant=530103"));
        assertThat(view.tenant.getValue().name()).isEqualTo("盘龙区");
        List<String> tenantsShown = listLinks(view.panel).stream().map(Link::href)
                .filter(h -> h.contains("tenant=")).map(h -> h.replaceAll(".*tenant=(\\w+).*", "$1")).distinct().toList();
        assertThat(tenantsShown).containsExactly("530103");
    }

    @Test
    void aFieldNamedWithMarkupIsShownAsTextInItsTableAndItsLinkStillOpensTheList() {
        call = scenario.openCall();
        String field = "<img src=x onerror=alert(1)>&领域" + System.nanoTime();
        scenario.submitted(call, "530102", field);
        login(Role.DISTRICT_OFFICER, "530102");
        DashboardPanel panel = as(DistrictHomeView.class, navigate("district")).panel;
        String html = panel.content().html();
        assertThat(html).doesNotContain("<img").contains("&lt;img src=x onerror=alert(1)&gt;&amp;领域");
        var row = Jsoup.parseBodyFragment(html).select("table.figure-table tr").stream()
                .filter(r -> r.select("th").text().equals(field)).findFirst().orElseThrow();
        var link = row.selectFirst("a.drill");
        assertThat(link).isNotNull();
        assertThat(rowsOfListAt(link.attr("href"))).isEqualTo(Integer.parseInt(link.text())).isEqualTo(1);
    }

    @Test
    void theSessionKeepsOneElementForTheDashboardAndThePageFetchesItsContentAsJson() {
        dossiersInTwoTenants();
        login(Role.BUREAU_OFFICER, "KMKJJ");
        DashboardPanel panel = as(BureauHomeView.class, navigate("bureau")).panel;
        assertThat(panel.getChildren()).as("no component per section, table, cell or chart").isEmpty();
        assertThat(panel.getElement().getAttribute("data-src")).as("where the page fetches it").isNotBlank();
        assertThat(panel.content().charts()).allSatisfy(c -> assertThat(c.option().get("series")).isNotNull());
        assertThat(markup(panel).select("h3").eachText()).contains("申报数（按属地）", "载体（按状态）");
    }

    @Test
    void aChartsClickOpensOnlyTheListsTheFiguresLinkTo() {
        login(Role.BUREAU_OFFICER, "KMKJJ");
        DashboardPanel panel = as(BureauHomeView.class, navigate("bureau")).panel;
        for (String elsewhere : List.of("https://elsewhere.example/", "audit", "../login", "bureau?tenant=530103")) {
            panel.open(elsewhere);
            assertThat(UI.getCurrent().getCurrentView()).as(elsewhere).isInstanceOf(BureauHomeView.class);
        }
        panel.open("carriers?status=CULTIVATING");
        assertThat(UI.getCurrent().getCurrentView().getClass().getSimpleName()).isEqualTo("CarrierRegisterView");
    }

    @Test
    void eachCallsPipelineIsOneFoldedLineWithItsCountsAndOnlyTheFirstCallIsOpened() {
        dossiersInTwoTenants();
        scenario.submitted(scenario.openCall(), "530102");
        login(Role.BUREAU_OFFICER, "KMKJJ");
        DashboardPanel panel = as(BureauHomeView.class, navigate("bureau")).panel;
        var folds = markup(panel).select("details.pipeline-fold");
        assertThat(folds).as("one fold per call").hasSizeGreaterThanOrEqualTo(2);
        assertThat(folds.getFirst().hasAttr("open")).as("the first call opened").isTrue();
        assertThat(folds.subList(1, folds.size())).as("the others folded to a line")
                .noneMatch(f -> f.hasAttr("open"));
        assertThat(folds).allSatisfy(f -> {
            assertThat(f.selectFirst("summary .pipeline-line").text()).contains("→");
            assertThat(f.select(".portal-chart[data-chart]")).as("the chart and table inside the fold").hasSize(1);
            assertThat(f.select("table.figure-table")).hasSize(1);
        });
    }
}
