package cn.kunming.kjj.carrier.dashboard.ui;

import cn.kunming.kjj.carrier.common.Wan;
import cn.kunming.kjj.carrier.common.ui.EChart;
import cn.kunming.kjj.carrier.common.ui.Formats;
import com.vaadin.flow.component.html.Paragraph;
import cn.kunming.kjj.carrier.dashboard.Deadline;
import cn.kunming.kjj.carrier.dashboard.Drill;
import cn.kunming.kjj.carrier.dashboard.Figure;
import cn.kunming.kjj.carrier.dashboard.Overview;
import cn.kunming.kjj.carrier.dashboard.Pipeline;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.NativeTable;
import com.vaadin.flow.component.html.NativeTableRow;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.QueryParameters;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;

/**
 * A dashboard: this month's deadlines, each call's pipeline, dossiers and carriers by tenant, kind, field and status,
 * the subsidy, and the trend by year. Every chart has the table of its figures beside it, and every figure (in the
 * chart or the table) opens the list it counts.
 */
class DashboardPanel extends VerticalLayout {

    /** Charts by their accessible name, for tests. */
    final List<EChart> charts = new ArrayList<>();
    final List<NativeTable> tables = new ArrayList<>();
    private final boolean bureau;

    DashboardPanel(Overview o, boolean bureau) {
        this.bureau = bureau;
        addClassName("dashboard");
        setPadding(false);
        if (o.measuresExpiring()) {
            Paragraph expiry = new Paragraph(getTranslation("dashboard.measuresExpire", Formats.date(o.measuresExpireOn())));
            expiry.addClassNames("measures-expiry");
            expiry.getStyle().set("color", "var(--lumo-error-text-color)").set("font-weight", "600");
            add(expiry);
        }
        add(new H3(getTranslation("dashboard.deadlines", o.month().getYear(), o.month().getMonthValue())),
                deadlines(o.deadlines()));
        // folded (issue 25, part 6): one line per call with its counts by stage, the newest call opened
        boolean first = true;
        for (Pipeline p : o.pipelines()) {
            String title = getTranslation("dashboard.pipeline", p.callYear() + " · " + p.callTitle());
            EChart chart = bars(title, p.stages(), false);
            NativeTable table = new FigureTable(title, getTranslation("dossier.stage"),
                    p.stages(), i -> p.conversion(i) == null ? null : p.conversion(i) + "%",
                    getTranslation("dashboard.conversion"));
            charts.add(chart);
            tables.add(table);
            add(new PipelineFold(p, title, chart, table, first));
            first = false;
        }
        figureSection("dashboard.dossiersByTenant", "unit.tenant", o.dossiersByTenant(), false);
        figureSection("dashboard.dossiersByKind", "selfCheck.kind", o.dossiersByKind(), true);
        figureSection("dashboard.dossiersByField", "dossier.industryField", o.dossiersByField(), false);
        figureSection("dashboard.carriersByStatus", "account.status", o.carriersByStatus(), true);
        figureSection("dashboard.carriersByTenant", "unit.tenant", o.carriersByTenant(), false);
        figureSection("dashboard.carriersByKind", "selfCheck.kind", o.carriersByKind(), true);
        figureSection("dashboard.carriersByField", "dossier.industryField", o.carriersByField(), false);
        String subsidy = getTranslation("dashboard.subsidy");
        section(subsidy, moneyBars(subsidy, o.subsidy()), new FigureTable(subsidy, getTranslation("dashboard.subsidyState"),
                o.subsidy(), i -> null, null));
        String trends = getTranslation("dashboard.trends");
        section(trends, trend(trends, o.dossiersByYear(), o.carriersByYear()), trendTable(trends, o));
    }

    private void figureSection(String titleKey, String labelKey, List<Figure> figures, boolean pie) {
        String title = getTranslation(titleKey);
        section(title, pie ? pie(title, figures) : bars(title, figures, true),
                new FigureTable(title, getTranslation(labelKey), figures, i -> null, null));
    }

    private void section(String title, EChart chart, NativeTable table) {
        charts.add(chart);
        tables.add(table);
        add(new H3(title), chartBeside(chart, table));
    }

    /** A chart with the table of its figures beside it (below it on a narrow screen). */
    static FlexLayout chartBeside(EChart chart, NativeTable table) {
        Div chartBox = new Div(chart);
        chartBox.getStyle().set("flex", "3 1 24em").set("min-width", "18em");
        Div tableBox = new Div(table);
        tableBox.getStyle().set("flex", "2 1 16em");
        FlexLayout row = new FlexLayout(chartBox, tableBox);
        row.setFlexWrap(FlexLayout.FlexWrap.WRAP);
        row.setWidthFull();
        row.getStyle().set("gap", "var(--lumo-space-l)");
        return row;
    }

    private String label(Figure f) {
        return FigureTable.label(this, f);
    }

    private ObjectNode item(EChart chart, Figure f, Object value) {
        ObjectNode item = chart.option().objectNode();
        item.put("name", label(f));
        if (value instanceof BigDecimal d) {
            item.put("value", d);
        } else {
            item.put("value", f.count());
        }
        if (f.drill() != null) {
            Drill drill = f.drill();
            item.put("drill", chart.drill(() -> open(DrillLinks.href(drill))));
        }
        return item;
    }

    private EChart bars(String title, List<Figure> figures, boolean horizontal) {
        EChart chart = new EChart(title);
        ObjectNode o = chart.option();
        o.putObject("grid").put("containLabel", true).put("left", 8).put("right", 16).put("top", 16).put("bottom", 8);
        ObjectNode categories = o.putObject(horizontal ? "yAxis" : "xAxis").put("type", "category");
        ArrayNode names = categories.putArray("data");
        o.putObject(horizontal ? "xAxis" : "yAxis").put("type", "value").put("minInterval", 1);
        if (horizontal) {
            categories.put("inverse", true);
        }
        ArrayNode data = o.putArray("series").addObject().put("type", "bar").put("barMaxWidth", 28).putArray("data");
        figures.forEach(f -> {
            names.add(label(f));
            data.add(item(chart, f, null));
        });
        chart.setHeight(horizontal ? Math.max(160, 36 * figures.size() + 40) + "px" : "280px");
        return chart;
    }

    private EChart moneyBars(String title, List<Figure> figures) {
        EChart chart = new EChart(title);
        ObjectNode o = chart.option();
        o.putObject("grid").put("containLabel", true).put("left", 8).put("right", 16).put("top", 24).put("bottom", 8);
        ArrayNode names = o.putObject("xAxis").put("type", "category").putArray("data");
        o.putObject("yAxis").put("type", "value").put("name", getTranslation("dashboard.amountWan"));
        ArrayNode data = o.putArray("series").addObject().put("type", "bar").put("barMaxWidth", 40).putArray("data");
        figures.forEach(f -> {
            names.add(label(f));
            data.add(item(chart, f, Wan.ofYuan(f.amountYuan()).amount()));
        });
        return chart;
    }

    private EChart pie(String title, List<Figure> figures) {
        EChart chart = new EChart(title);
        ObjectNode o = chart.option();
        o.putObject("legend").put("bottom", 0);
        ArrayNode data = o.putArray("series").addObject().put("type", "pie").put("radius", "62%").putArray("data");
        figures.forEach(f -> data.add(item(chart, f, null)));
        return chart;
    }

    private EChart trend(String title, List<Figure> dossiers, List<Figure> carriers) {
        EChart chart = new EChart(title);
        ObjectNode o = chart.option();
        o.putObject("tooltip").put("trigger", "axis");
        o.putObject("legend").put("bottom", 0);
        o.putObject("grid").put("containLabel", true).put("left", 8).put("right", 16).put("top", 16).put("bottom", 32);
        List<String> years = years(dossiers, carriers);
        ArrayNode axis = o.putObject("xAxis").put("type", "category").putArray("data");
        years.forEach(axis::add);
        o.putObject("yAxis").put("type", "value").put("minInterval", 1);
        ArrayNode series = o.putArray("series");
        line(chart, series.addObject(), getTranslation("dashboard.dossiersSubmitted"), years, dossiers);
        line(chart, series.addObject(), getTranslation("dashboard.carriersApproved"), years, carriers);
        return chart;
    }

    private void line(EChart chart, ObjectNode series, String name, List<String> years, List<Figure> figures) {
        series.put("type", "line").put("name", name);
        ArrayNode data = series.putArray("data");
        for (String year : years) {
            figures.stream().filter(f -> f.label().equals(year)).findFirst()
                    .ifPresentOrElse(f -> data.add(item(chart, f, null)), () -> data.add(0));
        }
    }

    private static List<String> years(List<Figure> a, List<Figure> b) {
        TreeSet<String> years = new TreeSet<>();
        a.forEach(f -> years.add(f.label()));
        b.forEach(f -> years.add(f.label()));
        return List.copyOf(years);
    }

    private NativeTable trendTable(String caption, Overview o) {
        NativeTable table = new NativeTable();
        table.addClassName("figure-table");
        table.setCaptionText(caption);
        NativeTableRow head = table.getHead().addRow();
        head.addHeaderCell().setText(getTranslation("dashboard.year"));
        head.addHeaderCell().setText(getTranslation("dashboard.dossiersSubmitted"));
        head.addHeaderCell().setText(getTranslation("dashboard.carriersApproved"));
        head.getHeaderCells().forEach(c -> c.getElement().setAttribute("scope", "col"));
        for (String year : years(o.dossiersByYear(), o.carriersByYear())) {
            NativeTableRow row = table.getBody().addRow();
            row.addHeaderCell().setText(year);
            row.getHeaderCell(0).ifPresent(c -> c.getElement().setAttribute("scope", "row"));
            row.addDataCell().add(cell(o.dossiersByYear(), year));
            row.addDataCell().add(cell(o.carriersByYear(), year));
        }
        return table;
    }

    private Component cell(List<Figure> figures, String year) {
        return figures.stream().filter(f -> f.label().equals(year)).findFirst()
                .<Component>map(f -> new Anchor(DrillLinks.href(f.drill()), String.valueOf(f.count())))
                .orElseGet(() -> new com.vaadin.flow.component.html.Span("0"));
    }

    private NativeTable deadlines(List<Deadline> deadlines) {
        NativeTable table = new NativeTable();
        table.addClassNames("figure-table", "deadlines");
        table.setCaptionText(getTranslation("dashboard.deadlinesCaption"));
        NativeTableRow head = table.getHead().addRow();
        for (String key : List.of("dashboard.date", "dashboard.what", "dashboard.subject", "dashboard.count")) {
            head.addHeaderCell().setText(getTranslation(key));
        }
        head.getHeaderCells().forEach(c -> c.getElement().setAttribute("scope", "col"));
        for (Deadline d : deadlines) {
            NativeTableRow row = table.getBody().addRow();
            row.addDataCell().setText(Formats.date(d.date()));
            row.addDataCell().setText(getTranslation(d.kind().messageKey()));
            String href = DrillLinks.href(d, bureau);
            String subject = d.kind() == Deadline.Kind.REPORT_DUE
                    ? getTranslation("dashboard.reportYear", d.subject()) : d.subject();
            row.addDataCell().add(href == null ? new com.vaadin.flow.component.html.Span(subject) : new Anchor(href, subject));
            row.addDataCell().setText(String.valueOf(d.count()));
        }
        if (deadlines.isEmpty()) {
            table.getBody().addRow().addDataCell().setText(getTranslation("dashboard.noDeadlines"));
        }
        tables.add(table);
        return table;
    }

    private void open(String href) {
        int q = href.indexOf('?');
        getUI().ifPresent(ui -> ui.navigate(q < 0 ? href : href.substring(0, q),
                q < 0 ? QueryParameters.empty() : QueryParameters.fromString(href.substring(q + 1))));
    }
}
