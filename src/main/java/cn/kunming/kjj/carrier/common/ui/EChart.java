package cn.kunming.kjj.carrier.common.ui;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.ClientCallable;
import com.vaadin.flow.component.html.Div;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

import java.util.ArrayList;
import java.util.List;
import java.util.function.IntConsumer;

/**
 * An Apache ECharts chart. The library comes from its Maven Central webjar and is loaded at run time as a static
 * resource (no frontend build); the option is computed on the server. The chart is an image for assistive
 * technology: every chart in the portal has a table of the same figures beside it.
 */
public class EChart extends Div {

    static final String LIBRARY = "context://webjars/echarts/5.5.0/echarts.min.js";
    static final String HELPER = "context://scripts/portal-charts.js";
    /** The portal's palette: its government blue first, then colours told apart in greyscale too. */
    public static final List<String> PALETTE = List.of("#1360b0", "#16a39a", "#e8a33d", "#d9534f", "#7b61c9",
            "#5b6b7f", "#2fa5d6", "#9bbb59");

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final ObjectNode option = JSON.createObjectNode();
    private final List<Runnable> drills = new ArrayList<>();
    private IntConsumer onDrill = i -> drills.get(i).run();

    public EChart(String accessibleName) {
        addClassName("portal-chart");
        getElement().setAttribute("role", "img");
        getElement().setAttribute("aria-label", accessibleName);
        setWidthFull();
        setHeight("280px");
        ArrayNode colors = option.putArray("color");
        PALETTE.forEach(colors::add);
        option.putObject("tooltip").put("trigger", "item");
        option.put("animation", false);
    }

    /** The option to fill in before the chart is shown (series, axes, legend). */
    public ObjectNode option() {
        return option;
    }

    /** Registers what a click on a data item does; returns the index to put in the item's {@code drill} property. */
    public int drill(Runnable action) {
        drills.add(action);
        return drills.size() - 1;
    }

    /** For tests: the data item with this drill index was clicked. */
    public void click(int drillIndex) {
        onDrill.accept(drillIndex);
    }

    @ClientCallable
    private void drill(int index) {
        if (index >= 0 && index < drills.size()) {
            click(index);
        }
    }

    @Override
    protected void onAttach(AttachEvent event) {
        event.getUI().getPage().addJavaScript(LIBRARY);
        event.getUI().getPage().addJavaScript(HELPER);
        getElement().executeJs("window.portalCharts.render(this, $0)", JSON.writeValueAsString(option));
    }

    /** The option as JSON, as the browser receives it. */
    public String optionJson() {
        return JSON.writeValueAsString(option);
    }
}
