package cn.kunming.kjj.carrier.dashboard.ui;

import org.jspecify.annotations.Nullable;
import cn.kunming.kjj.carrier.carrier.ui.CarrierListLink;
import cn.kunming.kjj.carrier.common.Wan;
import cn.kunming.kjj.carrier.common.ui.ECharts;
import cn.kunming.kjj.carrier.common.ui.Formats;
import cn.kunming.kjj.carrier.dashboard.Deadline;
import cn.kunming.kjj.carrier.dashboard.Figure;
import cn.kunming.kjj.carrier.dashboard.Overview;
import cn.kunming.kjj.carrier.dashboard.Pipeline;
import cn.kunming.kjj.carrier.dossier.ui.DossierListLink;
import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.ClientCallable;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.function.SerializableSupplier;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.server.streams.DownloadHandler;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import java.util.TreeSet;

import static cn.kunming.kjj.carrier.dashboard.ui.TableMarkup.escape;

/**
 * A dashboard: this month's deadlines, each call's pipeline, dossiers and carriers by tenant, kind, field and status,
 * the subsidy, and the trend by year. Every chart has the table of its figures beside it, and every figure (in the
 * chart or the table) opens the list it counts.
 * <p>
 * The session keeps one element and how to read the figures (decision 0033): the page fetches the dashboard from the
 * element's address, as markup made on the server (headings, tables, a place for each chart; every text escaped) with
 * each chart's option beside it, made from the figures that every reader of the same scope shares. None of it travels
 * in the UI's state or stays in the session, where the tables' cells as components, the charts' options and the
 * last response that carried them kept 1.7 MiB per bureau session.
 */
class DashboardPanel extends Div {

    /** What the page fetches: the markup, with a placeholder per chart, and each chart's option. */
    record Content(String html, List<Chart> charts) {
    }

    /** A chart: its accessible name, its height and its ECharts option. */
    record Chart(String name, String height, ObjectNode option) {
    }

    private final SerializableSupplier<Overview> figures;
    private final boolean bureau;

    /** {@code figures} is read when the page fetches the dashboard, in the reader's request. */
    DashboardPanel(SerializableSupplier<Overview> figures, boolean bureau) {
        this.figures = figures;
        this.bureau = bureau;
        addClassName("dashboard");
        getElement().setAttribute("data-failed", getTranslation("dashboard.failed"));
        getElement().setAttribute("data-src", (DownloadHandler) event -> {
            byte[] json = ECharts.json(json(content())).getBytes(StandardCharsets.UTF_8);
            event.setContentType("application/json; charset=UTF-8");
            event.getResponse().setHeader("Cache-Control", "no-store");
            event.setContentLength(json.length);
            event.getOutputStream().write(json);
        });
    }

    @Override
    protected void onAttach(AttachEvent event) {
        ECharts.load(event.getUI());
        getElement().executeJs("window.portalCharts.load(this)");
    }

    private static ObjectNode json(Content content) {
        ObjectNode json = ECharts.object();
        json.put("html", content.html());
        ArrayNode charts = json.putArray("charts");
        content.charts().forEach(c -> charts.addObject().put("height", c.height()).set("option", c.option()));
        return json;
    }

    /** The dashboard as the page receives it, made now from the shared figures (and for tests). */
    Content content() {
        return new Builder(figures.get()).content();
    }

    /** A figure of a chart was clicked: its list, if the address is one of the lists the figures open. */
    @ClientCallable
    private void drill(String href) {
        open(href);
    }

    void open(String href) {
        if (!href.startsWith(DossierListLink.ROUTE) && !href.startsWith(CarrierListLink.ROUTE)) {
            return;
        }
        int q = href.indexOf('?');
        getUI().ifPresent(ui -> ui.navigate(q < 0 ? href : href.substring(0, q),
                q < 0 ? QueryParameters.empty() : QueryParameters.fromString(href.substring(q + 1))));
    }

    private String label(Figure f) {
        return FigureTable.label(this, f);
    }

    /** One dashboard's markup and charts, section by section. */
    private final class Builder {

        private final Overview o;
        private final StringBuilder html = new StringBuilder();
        private final List<Chart> charts = new ArrayList<>();

        Builder(Overview o) {
            this.o = o;
        }

        Content content() {
            if (o.measuresExpiring()) {
                html.append("<p class=\"measures-expiry\">")
                        .append(escape(getTranslation("dashboard.measuresExpire", Formats.date(o.measuresExpireOn()))))
                        .append("</p>");
            }
            heading(getTranslation("dashboard.deadlines", o.month().getYear(), o.month().getMonthValue()));
            html.append(deadlines(o.deadlines()));
            // folded (issue 25, part 6): one line per call with its counts by stage, the newest call opened; a chart in
            // a closed fold is drawn when it opens (the page's resize observer)
            boolean first = true;
            for (Pipeline p : o.pipelines()) {
                String title = getTranslation("dashboard.pipeline", p.callYear() + " · " + p.callTitle());
                String line = title + "：" + p.stages().stream()
                        .map(f -> getTranslation(f.labelKey()) + " " + f.count()).collect(Collectors.joining(" → "));
                html.append(first ? "<details class=\"pipeline-fold\" open>" : "<details class=\"pipeline-fold\">")
                        .append("<summary><span class=\"pipeline-line\">").append(escape(line)).append("</span></summary>");
                row(bars(title, p.stages(), false), FigureTable.of(DashboardPanel.this, title,
                        getTranslation("dossier.stage"), p.stages(),
                        i -> p.conversion(i) == null ? null : p.conversion(i) + "%", getTranslation("dashboard.conversion")));
                html.append("</details>");
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
            section(subsidy, moneyBars(subsidy, o.subsidy()), FigureTable.of(DashboardPanel.this, subsidy,
                    getTranslation("dashboard.subsidyState"), o.subsidy(), i -> null, null));
            String trends = getTranslation("dashboard.trends");
            section(trends, trend(trends, o.dossiersByYear(), o.carriersByYear()), trendTable(trends));
            return new Content(html.toString(), List.copyOf(charts));
        }

        private void heading(String title) {
            html.append("<h3>").append(escape(title)).append("</h3>");
        }

        private void figureSection(String titleKey, String labelKey, List<Figure> figures, boolean pie) {
            String title = getTranslation(titleKey);
            section(title, pie ? pie(title, figures) : bars(title, figures, true),
                    FigureTable.of(DashboardPanel.this, title, getTranslation(labelKey), figures, i -> null, null));
        }

        private void section(String title, Chart chart, String table) {
            heading(title);
            row(chart, table);
        }

        /** A chart with the table of its figures beside it (below it on a narrow screen). */
        private void row(Chart chart, String table) {
            html.append("<div class=\"dashboard-row\"><div class=\"dashboard-chart\"><div class=\"portal-chart\"")
                    .append(" role=\"img\" aria-label=\"").append(escape(chart.name())).append("\" data-chart=\"")
                    .append(charts.size()).append("\"></div></div><div class=\"dashboard-table\">").append(table)
                    .append("</div></div>");
            charts.add(chart);
        }

        private ObjectNode item(Figure f, @Nullable Object value) {
            ObjectNode item = ECharts.object();
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

        private Chart bars(String title, List<Figure> figures, boolean horizontal) {
            return new Chart(title, horizontal ? Math.max(160, 36 * figures.size() + 40) + "px" : "280px",
                    ECharts.option(o -> {
                        o.putObject("grid").put("containLabel", true).put("left", 8).put("right", 16).put("top", 16)
                                .put("bottom", 8);
                        ObjectNode categories = o.putObject(horizontal ? "yAxis" : "xAxis").put("type", "category");
                        ArrayNode names = categories.putArray("data");
                        o.putObject(horizontal ? "xAxis" : "yAxis").put("type", "value").put("minInterval", 1);
                        if (horizontal) {
                            categories.put("inverse", true);
                        }
                        ArrayNode data = o.putArray("series").addObject().put("type", "bar").put("barMaxWidth", 28)
                                .putArray("data");
                        figures.forEach(f -> {
                            names.add(label(f));
                            data.add(item(f, null));
                        });
                    }));
        }

        private Chart moneyBars(String title, List<Figure> figures) {
            return new Chart(title, "280px", ECharts.option(o -> {
                o.putObject("grid").put("containLabel", true).put("left", 8).put("right", 16).put("top", 24).put("bottom", 8);
                ArrayNode names = o.putObject("xAxis").put("type", "category").putArray("data");
                o.putObject("yAxis").put("type", "value").put("name", getTranslation("dashboard.amountWan"));
                ArrayNode data = o.putArray("series").addObject().put("type", "bar").put("barMaxWidth", 40).putArray("data");
                figures.forEach(f -> {
                    names.add(label(f));
                    data.add(item(f, Wan.ofYuan(java.util.Objects.requireNonNullElse(f.amountYuan(), BigDecimal.ZERO)).amount()));
                });
            }));
        }

        private Chart pie(String title, List<Figure> figures) {
            return new Chart(title, "280px", ECharts.option(o -> {
                o.putObject("legend").put("bottom", 0);
                ArrayNode data = o.putArray("series").addObject().put("type", "pie").put("radius", "62%").putArray("data");
                figures.forEach(f -> data.add(item(f, null)));
            }));
        }

        private Chart trend(String title, List<Figure> dossiers, List<Figure> carriers) {
            return new Chart(title, "280px", ECharts.option(o -> {
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
            }));
        }

        private void line(ObjectNode series, String name, List<String> years, List<Figure> figures) {
            series.put("type", "line").put("name", name);
            ArrayNode data = series.putArray("data");
            for (String year : years) {
                figures.stream().filter(f -> year.equals(f.label())).findFirst()
                        .ifPresentOrElse(f -> data.add(item(f, null)), () -> data.add(0));
            }
        }

        private String trendTable(String caption) {
            TableMarkup table = new TableMarkup(FigureTable.CLASS, caption, List.of(getTranslation("dashboard.year"),
                    getTranslation("dashboard.dossiersSubmitted"), getTranslation("dashboard.carriersApproved")));
            for (String year : years(o.dossiersByYear(), o.carriersByYear())) {
                table.row().label(year);
                cell(table, o.dossiersByYear(), year);
                cell(table, o.carriersByYear(), year);
            }
            return table.html();
        }

        private String deadlines(List<Deadline> deadlines) {
            TableMarkup table = new TableMarkup(FigureTable.CLASS + " deadlines",
                    getTranslation("dashboard.deadlinesCaption"),
                    List.of("dashboard.date", "dashboard.what", "dashboard.subject", "dashboard.count").stream()
                            .map(DashboardPanel.this::getTranslation).toList());
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
            return table.html();
        }
    }

    private static void cell(TableMarkup table, List<Figure> figures, String year) {
        figures.stream().filter(f -> year.equals(f.label())).findFirst()
                .ifPresentOrElse(f -> FigureTable.count(table, f, null), () -> table.span("0"));
    }

    private static List<String> years(List<Figure> a, List<Figure> b) {
        TreeSet<String> years = new TreeSet<>();
        a.forEach(f -> years.add(f.label()));
        b.forEach(f -> years.add(f.label()));
        return List.copyOf(years);
    }
}
