package cn.kunming.kjj.carrier.common.ui;

import com.vaadin.flow.component.UI;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

import java.util.List;
import java.util.function.Consumer;

/**
 * Apache ECharts options made on the server. The library comes from its Maven Central webjar and is loaded at run
 * time as a static resource (no frontend build); {@code scripts/portal-charts.js} draws an option into an element and
 * reports a click on a data item by the item's {@code drill} property, the portal address the figure stands for. A
 * chart is an image for assistive technology: every chart in the portal has a table of the same figures beside it.
 */
public final class ECharts {

    static final String LIBRARY = "context://webjars/echarts/5.5.0/echarts.min.js";
    static final String HELPER = "context://scripts/portal-charts.js";
    /** The portal's palette: its government blue first, then colours told apart in greyscale too. */
    public static final List<String> PALETTE = List.of("#1360b0", "#16a39a", "#e8a33d", "#d9534f", "#7b61c9",
            "#5b6b7f", "#2fa5d6", "#9bbb59");

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private ECharts() {
    }

    /** Loads the library and the portal's helper into the page (once per page, however often asked). */
    public static void load(UI ui) {
        ui.getPage().addJavaScript(LIBRARY);
        ui.getPage().addJavaScript(HELPER);
    }

    /** An option with the portal's palette and plain tooltips, filled in by {@code series} (axes, series, legend). */
    public static ObjectNode option(Consumer<ObjectNode> series) {
        ObjectNode o = JSON.createObjectNode();
        ArrayNode colors = o.putArray("color");
        PALETTE.forEach(colors::add);
        o.putObject("tooltip").put("trigger", "item");
        o.put("animation", false);
        series.accept(o);
        return o;
    }

    /** A node for the option's data or for whatever carries options to the page. */
    public static ObjectNode object() {
        return JSON.createObjectNode();
    }

    public static String json(Object node) {
        return JSON.writeValueAsString(node);
    }
}
