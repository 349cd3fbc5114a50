package cn.kunming.kjj.carrier.dashboard.ui;

import org.jspecify.annotations.Nullable;
import cn.kunming.kjj.carrier.common.Wan;
import cn.kunming.kjj.carrier.dashboard.Figure;
import com.vaadin.flow.component.Component;

import java.util.ArrayList;
import java.util.List;
import java.util.function.IntFunction;

/**
 * The figures of a chart as a table, for screen readers, keyboards and copying: a caption, a header row, one row per
 * figure whose number links to the list it counts. Markup made on the server, not a component per cell: a dashboard's
 * tables kept hundreds of elements in every session (decision 0033).
 */
final class FigureTable {

    static final String CLASS = "figure-table";

    private FigureTable() {
    }

    static String of(Component c, String caption, String labelHeader, List<Figure> figures,
                     IntFunction<@Nullable String> extra, @Nullable String extraHeader) {
        boolean money = figures.stream().anyMatch(f -> f.amountYuan() != null);
        List<String> headers = new ArrayList<>(List.of(labelHeader, c.getTranslation("dashboard.count")));
        if (money) {
            headers.add(c.getTranslation("dashboard.amountWan"));
        }
        if (extraHeader != null) {
            headers.add(extraHeader);
        }
        TableMarkup table = new TableMarkup(CLASS, caption, headers);
        for (int i = 0; i < figures.size(); i++) {
            Figure f = figures.get(i);
            table.row().label(label(c, f));
            count(table, f, "drill");
            if (money) {
                table.text(f.amountYuan() == null ? "" : Wan.ofYuan(f.amountYuan()).toPlainString());
            }
            if (extraHeader != null) {
                String e = extra.apply(i);
                table.text(e == null ? "—" : e);
            }
        }
        if (figures.isEmpty()) {
            table.row().text(c.getTranslation("list.empty"));
        }
        return table.html();
    }

    static String label(Component c, Figure f) {
        String key = f.labelKey();
        return key != null ? c.getTranslation(key) : java.util.Objects.requireNonNullElse(f.label(), "");
    }

    /** The count, as a link to the list it counts where there is one. */
    static void count(TableMarkup table, Figure f, @Nullable String linkClass) {
        if (f.drill() == null) {
            table.span(String.valueOf(f.count()));
        } else {
            table.link(DrillLinks.href(f.drill()), String.valueOf(f.count()), linkClass);
        }
    }
}
