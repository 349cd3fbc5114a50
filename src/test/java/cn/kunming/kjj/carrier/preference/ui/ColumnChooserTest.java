package cn.kunming.kjj.carrier.preference.ui;

import cn.kunming.kjj.carrier.preference.ListPreferenceService;
import cn.kunming.kjj.carrier.security.Role;
import cn.kunming.kjj.carrier.support.KaribuTest;
import com.vaadin.flow.component.grid.Grid;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/** The column chooser of a page that another tab of the same person changed meanwhile (outside eyes, issue 27). */
class ColumnChooserTest extends KaribuTest {

    @Autowired
    ListPreferenceService preferences;

    @Test
    void theMenuOpensOnTheColumnsAsKeptNowAndAChangeHereKeepsTheOtherTabs() {
        login(Role.DISTRICT_OFFICER, "530102", null, -7131);
        Grid<String> grid = new Grid<>();
        grid.addColumn(s -> s).setKey("a").setHeader("A");
        grid.addColumn(s -> s).setKey("b").setHeader("B");
        grid.addColumn(s -> s).setKey("c").setHeader("C");
        ColumnChooser chooser = new ColumnChooser(grid, "chooser-test", preferences);
        chooser.show("a", false);
        // another tab: a shown again, b hidden
        preferences.save("chooser-test", preferences.layout("chooser-test").hiding("a", false).hiding("b", true));

        chooser.sinceAnotherTab();
        assertThat(grid.getColumnByKey("a").isVisible()).as("shown by the other tab").isTrue();
        assertThat(grid.getColumnByKey("b").isVisible()).as("hidden by the other tab").isFalse();
        chooser.show("c", false);
        assertThat(preferences.layout("chooser-test").hidden()).containsExactlyInAnyOrder("b", "c");
    }
}
