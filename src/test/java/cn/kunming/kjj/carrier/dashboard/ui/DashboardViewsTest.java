package cn.kunming.kjj.carrier.dashboard.ui;

import cn.kunming.kjj.carrier.common.CallId;
import cn.kunming.kjj.carrier.common.ui.EChart;
import cn.kunming.kjj.carrier.review.ReviewScenario;
import cn.kunming.kjj.carrier.security.Role;
import cn.kunming.kjj.carrier.support.KaribuTest;
import com.github.mvysny.kaributesting.v10.GridKt;
import com.github.mvysny.kaributesting.v10.LocatorJ;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.grid.Grid;
import org.jsoup.Jsoup;
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

    /** Links of the tables that open a list (the deadlines open single records); each table is one element of markup. */
    static List<Link> listLinks(DashboardPanel panel) {
        return panel.tables.stream()
                .flatMap(t -> Jsoup.parseBodyFragment("<table>" + t.getElement().getProperty("innerHTML") + "</table>")
                        .select("a").stream())
                .map(a -> new Link(a.attr("href"), a.text()))
                .filter(a -> a.href().startsWith("call-dossiers") || a.href().startsWith("carriers")).toList();
    }

    private int rowsOfListAt(String href) {
        Component view = navigate(href);
        Grid<?> grid = LocatorJ._get(view, Grid.class);
        return GridKt._size(grid);
    }

    @Test
    void aDistrictFollowsEveryFigureOfItsDashboardToAListOfThatLength() {
        dossiersInTwoTenants();
        login(Role.DISTRICT_OFFICER, "530102");
        DashboardPanel panel = as(DistrictHomeView.class, navigate("district")).panel;
        List<Link> links = listLinks(panel);
        assertThat(links).hasSizeGreaterThan(5);
        assertThat(panel.charts).hasSameSizeAs(panel.tables.subList(1, panel.tables.size()));
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
        EChart byTenant = panel.charts.stream()
                .filter(c -> c.getElement().getAttribute("aria-label").equals("申报数（按属地）")).findFirst().orElseThrow();
        JsonNode item = null;
        for (JsonNode d : JsonMapper.builder().build().readTree(byTenant.optionJson()).get("series").get(0).get("data")) {
            if (d.get("name").asString().equals("盘龙区")) {
                item = d;
            }
        }
        assertThat(item).as("a bar for 盘龙区").isNotNull();
        byTenant.click(item.get("drill").asString());
        Component list = UI.getCurrent().getCurrentView();
        assertThat(list.getClass().getSimpleName()).isEqualTo("DossiersView");
        assertThat(GridKt._size(LocatorJ._get(list, Grid.class))).isEqualTo(item.get("value").asInt());
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
        String byField = panel.tables.stream().map(t -> t.getElement().getProperty("innerHTML"))
                .filter(html -> html.contains("领域")).findFirst().orElseThrow();
        assertThat(byField).doesNotContain("<img").contains("&lt;img src=x onerror=alert(1)&gt;&amp;领域");
        var row = Jsoup.parseBodyFragment("<table>" + byField + "</table>").select("tr").stream()
                .filter(r -> r.select("th").text().equals(field)).findFirst().orElseThrow();
        var link = row.selectFirst("a.drill");
        assertThat(link).isNotNull();
        assertThat(rowsOfListAt(link.attr("href"))).isEqualTo(Integer.parseInt(link.text())).isEqualTo(1);
    }
}
