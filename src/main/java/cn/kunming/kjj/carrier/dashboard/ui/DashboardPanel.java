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
import cn.kunming.kjj.carrier.carrier.ui.CarrierListLink;
import cn.kunming.kjj.carrier.dossier.ui.DossierListLink;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
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
 * chart or the table) opens the list it counts. Each table is one element of server-made markup and each chart's
 * option is sent once when it is attached, so that the session holds little beyond the figures shared by every
 * reader of the same scope (decision 0033).
 */
class DashboardPanel extends VerticalLayout {

    /** Charts by their accessible name, for tests. */
    final List<EChart> charts = new ArrayList<>();
    final List<FigureTable> tables = new ArrayList<>();
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
        for (Pipeline p : o.pipelines()) {
            String title = getTranslation("dashboard.pipeline", p.callYear() + " · " + p.callTitle());
            section(title, bars(title, p.stages(), false), FigureTable.of(this, title, getTranslation("dossier.stage"),
                    p.stages(), i -> p.conversion(i) == null ? null : p.conversion(i) + "%",
                    getTranslation("dashboard.conversion")));
        }
        figureSection("dashboard.dossiersByTenant", "unit.tenant", o.dossiersByTenant(), false);
        figureSection("dashboard.dossiersByKind", "selfCheck.kind", o.dossiersByKind(), true);
        figureSection("dashboard.dossiersByField", "dossier.industryField", o.dossiersByField(), false);
        figureSection("dashboard.carriersByStatus", "account.status", o.carriersByStatus(), true);
        figureSection("dashboard.carriersByTenant", "unit.tenant", o.carriersByTenant(), false);
        figureSection("dashboard.carriersByKind", "selfCheck.kind", o.carriersByKind(), true);
        figureSection("dashboard.carriersByField", "dossier.industryField", o.carriersByField(), false);
        String subsidy = getTranslation("dashboard.subsidy");
        section(subsidy, moneyBars(subsidy, o.subsidy()), FigureTable.of(this, subsidy,
                getTranslation("dashboard.subsidyState"), o.subsidy(), i -> null, null));
        String trends = getTranslation("dashboard.trends");
        section(trends, trend(trends, o.dossiersByYear(), o.carriersByYear()), trendTable(trends, o));
    }

    private void figureSection(String titleKey, String labelKey, List<Figure> figures, boolean pie) {
        String title = getTranslation(titleKey);
        section(title, pie ? pie(title, figures) : bars(title, figures, true),
                FigureTable.of(this, title, getTranslation(labelKey), figures, i -> null, null));
    }

    private void section(String title, EChart chart, FigureTable table) {
        chart.onDrill(this::open);
        charts.add(chart);
        tables.add(table);
        Div chartBox = new Div(chart);
        chartBox.getStyle().set("flex", "3 1 24em").set("min-width", "18em");
        Div tableBox = new Div(table);
        tableBox.getStyle().set("flex", "2 1 16em");
        FlexLayout row = new FlexLayout(chartBox, tableBox);
        row.setFlexWrap(FlexLayout.FlexWrap.WRAP);
        row.setWidthFull();
        row.getStyle().set("gap", "var(--lumo-space-l)");
        add(new H3(title), row);
    }

    private String label(Figure f) {
        return FigureTable.label(this, f);
    }

    private ObjectNode item(Figure f, Object value) {
        ObjectNode item = EChart.item();
        item.put("name", label(f));
        if (value instanceof BigDecimal d) {
            item.put("value", d);
        } else {
            item.put("value", f.count());
        }
        if (f.drill() != null) {
            item.put("drill", DrillLinks.href(f.drill()));
        }
        return item;
    }

    private EChart bars(String title, List<Figure> figures, boolean horizontal) {
        EChart chart = new EChart(title, o -> {
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
                data.add(item(f, null));
            });
        });
        chart.setHeight(horizontal ? Math.max(160, 36 * figures.size() + 40) + "px" : "280px");
        return chart;
    }

    private EChart moneyBars(String title, List<Figure> figures) {
        return new EChart(title, o -> {
            o.putObject("grid").put("containLabel", true).put("left", 8).put("right", 16).put("top", 24).put("bottom", 8);
            ArrayNode names = o.putObject("xAxis").put("type", "category").putArray("data");
            o.putObject("yAxis").put("type", "value").put("name", getTranslation("dashboard.amountWan"));
            ArrayNode data = o.putArray("series").addObject().put("type", "bar").put("barMaxWidth", 40).putArray("data");
            figures.forEach(f -> {
                names.add(label(f));
                data.add(item(f, Wan.ofYuan(f.amountYuan()).amount()));
            });
        });
    }

    private EChart pie(String title, List<Figure> figures) {
        return new EChart(title, o -> {
            o.putObject("legend").put("bottom", 0);
            ArrayNode data = o.putArray("series").addObject().put("type", "pie").put("radius", "62%").putArray("data");
            figures.forEach(f -> data.add(item(f, null)));
        });
    }

    private EChart trend(String title, List<Figure> dossiers, List<Figure> carriers) {
        return new EChart(title, o -> {
            o.putObject("tooltip").put("trigger", "axis");
            o.putObject("legend").put("bottom", 0);
            o.putObject("grid").put("containLabel", true).put("left", 8).put("right", 16).put("top", 16).put("bottom", 32);
            List<String> years = years(dossiers, carriers);
            ArrayNode axis = o.putObject("xAxis").put("type", "category").putArray("data");
            years.forEach(axis::add);
            o.putObject("yAxis").put("type", "value").put("minInterval", 1);
            ArrayNode series = o.putArray("series");
            line(series.addObject(), getTranslation("dashboard.dossiersSubmitted"), years, dossiers);
            line(series.addObject(), getTranslation("dashboard.carriersApproved"), years, carriers);
        });
    }

    private void line(ObjectNode series, String name, List<String> years, List<Figure> figures) {
        series.put("type", "line").put("name", name);
        ArrayNode data = series.putArray("data");
        for (String year : years) {
            figures.stream().filter(f -> f.label().equals(year)).findFirst()
                    .ifPresentOrElse(f -> data.add(item(f, null)), () -> data.add(0));
        }
    }

    private static List<String> years(List<Figure> a, List<Figure> b) {
        TreeSet<String> years = new TreeSet<>();
        a.forEach(f -> years.add(f.label()));
        b.forEach(f -> years.add(f.label()));
        return List.copyOf(years);
    }

    private FigureTable trendTable(String caption, Overview o) {
        TableMarkup table = new TableMarkup(caption, List.of(getTranslation("dashboard.year"),
                getTranslation("dashboard.dossiersSubmitted"), getTranslation("dashboard.carriersApproved")));
        for (String year : years(o.dossiersByYear(), o.carriersByYear())) {
            table.row().label(year);
            cell(table, o.dossiersByYear(), year);
            cell(table, o.carriersByYear(), year);
        }
        return new FigureTable(table.html());
    }

    private static void cell(TableMarkup table, List<Figure> figures, String year) {
        figures.stream().filter(f -> f.label().equals(year)).findFirst()
                .ifPresentOrElse(f -> FigureTable.count(table, f, null), () -> table.span("0"));
    }

    private FigureTable deadlines(List<Deadline> deadlines) {
        TableMarkup table = new TableMarkup(getTranslation("dashboard.deadlinesCaption"),
                List.of("dashboard.date", "dashboard.what", "dashboard.subject", "dashboard.count").stream()
                        .map(this::getTranslation).toList());
        for (Deadline d : deadlines) {
            table.row().text(Formats.date(d.date())).text(getTranslation(d.kind().messageKey()));
            String href = DrillLinks.href(d, bureau);
            String subject = d.kind() == Deadline.Kind.REPORT_DUE
                    ? getTranslation("dashboard.reportYear", d.subject()) : d.subject();
            if (href == null) {
                table.span(subject);
            } else {
                table.link(href, subject, null);
            }
            table.text(String.valueOf(d.count()));
        }
        if (deadlines.isEmpty()) {
            table.row().text(getTranslation("dashboard.noDeadlines"));
        }
        FigureTable shown = new FigureTable(table.html());
        shown.getElement().getClassList().add("deadlines");
        tables.add(shown);
        return shown;
    }

    /** A figure of a chart was clicked: its list, if the address is one of the lists the figures open. */
    private void open(String href) {
        if (!href.startsWith(DossierListLink.ROUTE) && !href.startsWith(CarrierListLink.ROUTE)) {
            return;
        }
        int q = href.indexOf('?');
        getUI().ifPresent(ui -> ui.navigate(q < 0 ? href : href.substring(0, q),
                q < 0 ? QueryParameters.empty() : QueryParameters.fromString(href.substring(q + 1))));
    }
}
