package cn.kunming.kjj.carrier.common.ui;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.ClientCallable;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.function.SerializableConsumer;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

import java.util.List;
import java.util.regex.Pattern;

/**
 * An Apache ECharts chart. The library comes from its Maven Central webjar and is loaded at run time as a static
 * resource (no frontend build); the option is computed on the server when the chart is attached and sent once: the
 * session keeps no option, only how to make it from figures it shares with other sessions (decision 0033). A data item
 * whose {@code drill} property holds a portal address opens it when clicked. The chart is an image for assistive
 * technology: every chart in the portal has a table of the same figures beside it.
 */
public class EChart extends Div {

    static final String LIBRARY = "context://webjars/echarts/5.5.0/echarts.min.js";
    static final String HELPER = "context://scripts/portal-charts.js";
    /** The portal's palette: its government blue first, then colours told apart in greyscale too. */
    public static final List<String> PALETTE = List.of("#1360b0", "#16a39a", "#e8a33d", "#d9534f", "#7b61c9",
            "#5b6b7f", "#2fa5d6", "#9bbb59");
    /** A page of the portal with its filters, as the figures link to: what a click may ask to open, and nothing else. */
    private static final Pattern PORTAL_ADDRESS = Pattern.compile("[a-z][a-z0-9/-]*(\\?[A-Za-z0-9=&%._~*+-]*)?");

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final SerializableConsumer<ObjectNode> option;
    private SerializableConsumer<String> onDrill = address -> { };

    /** {@code option} fills in the series, axes and legend, each data item with its {@code drill} address if any. */
    public EChart(String accessibleName, SerializableConsumer<ObjectNode> option) {
        this.option = option;
        addClassName("portal-chart");
        getElement().setAttribute("role", "img");
        getElement().setAttribute("aria-label", accessibleName);
        setWidthFull();
        setHeight("280px");
    }

    /** What a click on a data item with a drill address does (the address is checked to be one of the portal's). */
    public void onDrill(SerializableConsumer<String> action) {
        this.onDrill = action;
    }

    /** A data object of the option, for the filler to add to its series. */
    public static ObjectNode item() {
        return JSON.createObjectNode();
    }

    /** For tests: the data item with this drill address was clicked. */
    public void click(String address) {
        if (PORTAL_ADDRESS.matcher(address).matches()) {
            onDrill.accept(address);
        }
    }

    @ClientCallable
    private void drill(String address) {
        click(address);
    }

    @Override
    protected void onAttach(AttachEvent event) {
        event.getUI().getPage().addJavaScript(LIBRARY);
        event.getUI().getPage().addJavaScript(HELPER);
        getElement().executeJs("window.portalCharts.render(this, $0)", optionJson());
    }

    /** The option as JSON, as the browser receives it: made anew each time, never kept. */
    public String optionJson() {
        ObjectNode o = JSON.createObjectNode();
        ArrayNode colors = o.putArray("color");
        PALETTE.forEach(colors::add);
        o.putObject("tooltip").put("trigger", "item");
        o.put("animation", false);
        option.accept(o);
        return JSON.writeValueAsString(o);
    }
}
