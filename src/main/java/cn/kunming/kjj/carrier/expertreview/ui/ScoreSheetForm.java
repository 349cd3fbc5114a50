package cn.kunming.kjj.carrier.expertreview.ui;

import cn.kunming.kjj.carrier.common.ui.InputLimits;
import cn.kunming.kjj.carrier.expertreview.Criterion;
import cn.kunming.kjj.carrier.expertreview.ExpertOpinion;
import cn.kunming.kjj.carrier.expertreview.ScoreSheet;
import cn.kunming.kjj.carrier.expertreview.ScoreSheets;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** An expert's score sheet (P4.4, M5.1): a score per weighted criterion, comments, opinion, the running total. */
public class ScoreSheetForm extends VerticalLayout {

    private final List<Criterion> criteria;
    final Map<String, IntegerField> scores = new LinkedHashMap<>();
    final TextArea comments = new TextArea();
    final RadioButtonGroup<ExpertOpinion> opinion = new RadioButtonGroup<>();
    final Span total = new Span();

    public ScoreSheetForm(List<Criterion> criteria, ScoreSheet sheet, boolean editable) {
        this.criteria = criteria;
        setPadding(false);
        add(new H3(getTranslation("review.scoreSheet")));
        for (Criterion c : criteria) {
            IntegerField field = new IntegerField(c.name(getLocale()) + "（" + getTranslation("review.weight", c.weight()) + "）");
            field.setMin(0);
            field.setMax(ScoreSheets.MAX_SCORE);
            field.setStepButtonsVisible(true);
            // the whole label, criterion and weight, stays readable (a narrow field cut the weight off)
            field.setWidthFull();
            field.setValue(sheet.scores().get(c.code()));
            field.setReadOnly(!editable);
            field.addValueChangeListener(e -> showTotal());
            scores.put(c.code(), field);
            add(field);
        }
        comments.setLabel(getTranslation("review.comments"));
        comments.setWidthFull();
        comments.setValue(sheet.comments());
        comments.setReadOnly(!editable);
        opinion.setLabel(getTranslation("review.expertOpinion"));
        opinion.setItems(ExpertOpinion.values());
        opinion.setItemLabelGenerator(o -> getTranslation(o.messageKey()));
        opinion.setValue(sheet.opinion());
        opinion.setReadOnly(!editable);
        add(comments, opinion, total);
        showTotal();
        // the sheet appears after the declaration, on a page already built: its limits are said at once, not only
        // on the next page (a score out of range was marked red with no word why)
        InputLimits.apply(this);
    }

    public ScoreSheet sheet() {
        Map<String, Integer> values = new HashMap<>();
        scores.forEach((code, field) -> {
            if (field.getValue() != null) {
                values.put(code, field.getValue());
            }
        });
        return new ScoreSheet(values, comments.getValue(), opinion.getValue());
    }

    /** For tests and keyboard shortcuts alike: the same score on every criterion. */
    public void scoreAll(int score) {
        scores.values().forEach(f -> f.setValue(score));
    }

    public void fill(String text, ExpertOpinion choice) {
        comments.setValue(text);
        opinion.setValue(choice);
    }

    private void showTotal() {
        total.setText(getTranslation("review.weightedTotal", ScoreSheets.weighted(criteria, sheet()).toPlainString()));
    }
}
