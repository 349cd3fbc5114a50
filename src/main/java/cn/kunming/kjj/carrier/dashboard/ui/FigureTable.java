package cn.kunming.kjj.carrier.dashboard.ui;

import cn.kunming.kjj.carrier.common.Wan;
import cn.kunming.kjj.carrier.dashboard.Figure;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.NativeTable;
import com.vaadin.flow.component.html.NativeTableRow;
import com.vaadin.flow.component.html.Span;

import java.util.List;
import java.util.function.IntFunction;

/**
 * The figures of a chart as a table, for screen readers, keyboards and copying: a caption, a header row, one row per
 * figure whose number links to the list it counts.
 */
class FigureTable extends NativeTable {

    FigureTable(String caption, String labelHeader, List<Figure> figures, IntFunction<String> extra,
                String extraHeader) {
        addClassName("figure-table");
        setCaptionText(caption);
        NativeTableRow head = getHead().addRow();
        head.addHeaderCell().setText(labelHeader);
        head.addHeaderCell().setText(getTranslation("dashboard.count"));
        boolean money = figures.stream().anyMatch(f -> f.amountYuan() != null);
        if (money) {
            head.addHeaderCell().setText(getTranslation("dashboard.amountWan"));
        }
        if (extraHeader != null) {
            head.addHeaderCell().setText(extraHeader);
        }
        head.getHeaderCells().forEach(c -> c.getElement().setAttribute("scope", "col"));
        for (int i = 0; i < figures.size(); i++) {
            Figure f = figures.get(i);
            NativeTableRow row = getBody().addRow();
            var label = row.addHeaderCell();
            label.setText(label(this, f));
            label.getElement().setAttribute("scope", "row");
            row.addDataCell().add(count(f));
            if (money) {
                row.addDataCell().setText(f.amountYuan() == null ? "" : Wan.ofYuan(f.amountYuan()).toPlainString());
            }
            if (extraHeader != null) {
                String e = extra.apply(i);
                row.addDataCell().setText(e == null ? "—" : e);
            }
        }
        if (figures.isEmpty()) {
            getBody().addRow().addDataCell().setText(getTranslation("list.empty"));
        }
    }

    static String label(Component c, Figure f) {
        return f.labelKey() != null ? c.getTranslation(f.labelKey()) : f.label();
    }

    private static Component count(Figure f) {
        if (f.drill() == null) {
            return new Span(String.valueOf(f.count()));
        }
        Anchor a = new Anchor(DrillLinks.href(f.drill()), String.valueOf(f.count()));
        a.addClassName("drill");
        return a;
    }
}
