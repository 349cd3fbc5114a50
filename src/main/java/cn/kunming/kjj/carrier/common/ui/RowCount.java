package cn.kunming.kjj.carrier.common.ui;

import com.vaadin.flow.component.html.Span;

/** How many rows a list has with its filters, from the list's own count in the reader's scope ("共 N 条"). */
public class RowCount extends Span {

    private int count;

    public RowCount() {
        addClassName("row-count");
        getElement().setAttribute("aria-live", "polite");
    }

    public int show(int rows) {
        count = rows;
        setText(getTranslation("list.count", rows));
        return rows;
    }

    public int count() {
        return count;
    }
}
