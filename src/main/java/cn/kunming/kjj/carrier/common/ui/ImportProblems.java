package cn.kunming.kjj.carrier.common.ui;

import cn.kunming.kjj.carrier.common.ImportReport;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;

/** What an all-or-nothing import did: the summary line, or every problem with its line number. */
public class ImportProblems extends VerticalLayout {

    public final Span result = new Span();
    public final UnorderedList problems = new UnorderedList();

    public ImportProblems() {
        setPadding(false);
        setSpacing(false);
        add(result, problems);
    }

    /** Shows the report; {@code doneKey} gets the report's added and updated counts. */
    public void show(ImportReport report, String doneKey) {
        problems.removeAll();
        if (report.imported()) {
            result.setText(getTranslation(doneKey, report.added(), report.updated()));
            return;
        }
        result.setText(getTranslation("creditImport.refused", report.problems().size()));
        report.problems().forEach(p -> problems.add(new ListItem(
                (p.line() > 0 ? getTranslation("expertImport.line", p.line()) : "") + getTranslation(p.key(), p.args()))));
    }
}
