package cn.kunming.kjj.carrier.review.ui;

import cn.kunming.kjj.carrier.common.CarrierKind;
import cn.kunming.kjj.carrier.common.ui.InputLimits;
import cn.kunming.kjj.carrier.expertreview.Criterion;
import cn.kunming.kjj.carrier.expertreview.ScoreCriteriaService;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import org.jspecify.annotations.Nullable;

import java.util.ArrayList;
import java.util.List;

/** The criteria of one kind's score sheet as editable rows, with the running total of the weights. */
class CriteriaEditor extends VerticalLayout {

    private final CarrierKind kind;
    private final List<Row> rows = new ArrayList<>();
    private final VerticalLayout lines = new VerticalLayout();
    final Span total = new Span();

    private record Row(HorizontalLayout layout, TextField code, TextField nameZh, TextField nameEn, IntegerField weight) {
    }

    CriteriaEditor(CarrierKind kind, List<Criterion> criteria) {
        this.kind = kind;
        setPadding(false);
        lines.setPadding(false);
        lines.setSpacing(false);
        criteria.forEach(this::addRow);
        Button add = new Button(getTranslation("criteria.addRow"), e -> addRow(null));
        add.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        add(lines, add, total);
        showTotal();
    }

    private void addRow(@Nullable Criterion c) {
        TextField code = new TextField(getTranslation("criteria.code"));
        code.setWidth("8em");
        code.setMaxLength(ScoreCriteriaService.CODE_LENGTH);
        TextField nameZh = new TextField(getTranslation("criteria.nameZh"));
        nameZh.setMaxLength(ScoreCriteriaService.NAME_LENGTH);
        TextField nameEn = new TextField(getTranslation("criteria.nameEn"));
        nameEn.setMaxLength(ScoreCriteriaService.NAME_LENGTH);
        IntegerField weight = new IntegerField(getTranslation("criteria.weight"));
        weight.setWidth("6em");
        weight.setMin(1);
        weight.setMax(100);
        weight.addValueChangeListener(e -> showTotal());
        if (c != null) {
            code.setValue(c.code());
            nameZh.setValue(c.nameZh());
            nameEn.setValue(c.nameEn());
            weight.setValue(c.weight());
        }
        HorizontalLayout layout = new HorizontalLayout(code, nameZh, nameEn, weight);
        layout.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        Row row = new Row(layout, code, nameZh, nameEn, weight);
        Button remove = new Button(getTranslation("attachment.remove"), e -> {
            rows.remove(row);
            lines.remove(layout);
            showTotal();
        });
        remove.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ERROR);
        layout.add(remove);
        rows.add(row);
        lines.add(layout);
        // a row added after the dialog opened gets the same limits and messages as the first ones
        InputLimits.apply(layout);
    }

    private void showTotal() {
        total.setText(getTranslation("criteria.total", rows.stream()
                .mapToInt(r -> r.weight().getValue() == null ? 0 : r.weight().getValue()).sum()));
    }

    List<Criterion> criteria() {
        return rows.stream().map(r -> new Criterion(kind, r.code().getValue().strip(), r.nameZh().getValue().strip(),
                r.nameEn().getValue().strip(), r.weight().getValue() == null ? 0 : r.weight().getValue())).toList();
    }
}
