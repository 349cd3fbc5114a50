package cn.kunming.kjj.carrier.common.ui;

import cn.kunming.kjj.carrier.common.BulkItem;
import cn.kunming.kjj.carrier.common.BulkOutcome;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Paragraph;

/**
 * What a bulk action did, record by record: each line says done, or why not in the words of the rule that refused
 * it. Shown after every bulk action, so that nothing refused goes unnoticed among what went through.
 */
public class BulkResultDialog extends Dialog {

    final Grid<BulkItem> lines = new Grid<>();

    public BulkResultDialog(String action, BulkOutcome outcome) {
        setHeaderTitle(getTranslation("bulk.resultTitle", action));
        Paragraph summary = new Paragraph(getTranslation("bulk.resultSummary", outcome.items().size(), outcome.done(),
                outcome.refused()));
        lines.addColumn(BulkItem::subject).setHeader(getTranslation("bulk.subject")).setFlexGrow(2);
        lines.addColumn(i -> getTranslation(i.done() ? "bulk.done" : "bulk.refused"))
                .setHeader(getTranslation("bulk.result")).setAutoWidth(true);
        lines.addColumn(i -> getTranslation(i.messageKey(), i.args().toArray())).setHeader(getTranslation("bulk.reason"))
                .setFlexGrow(3);
        lines.setPartNameGenerator(i -> i.done() ? null : "bulk-refused");
        lines.setItems(outcome.items());
        lines.setAllRowsVisible(true);
        add(summary, lines);
        setWidth("56em");
        Button close = new Button(getTranslation("action.close"), e -> close());
        getFooter().add(close);
    }

    /** The message of each line as the reader sees it (for tests and screen readers alike). */
    public java.util.List<String> reasons() {
        return lines.getListDataView().getItems().map(i -> i.subject() + "：" + getTranslation(i.messageKey(),
                i.args().toArray())).toList();
    }
}
