package cn.kunming.kjj.carrier.annualreport.ui;

import cn.kunming.kjj.carrier.common.CarrierId;
import cn.kunming.kjj.carrier.annualreport.AnnualReportService;
import cn.kunming.kjj.carrier.annualreport.YearlyEvaluation;
import cn.kunming.kjj.carrier.annualreport.EvaluationRemark;
import cn.kunming.kjj.carrier.annualreport.EvaluationRemarkService;
import cn.kunming.kjj.carrier.annualreport.EvaluationResult;
import cn.kunming.kjj.carrier.carrier.ui.CarrierFileSection;
import cn.kunming.kjj.carrier.common.ui.FormDialog;
import cn.kunming.kjj.carrier.security.CurrentUser;
import cn.kunming.kjj.carrier.security.Role;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

/** The yearly evaluations in a carrier's file (M5.2), and the bureau's button to record one. */
@org.springframework.stereotype.Component
class EvaluationsSection implements CarrierFileSection {

    private final AnnualReportService reports;
    private final CurrentUser currentUser;
    private final Clock clock;
    private final EvaluationRemarkService remarks;

    EvaluationsSection(AnnualReportService reports, CurrentUser currentUser, Clock clock, EvaluationRemarkService remarks) {
        this.remarks = remarks;
        this.reports = reports;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    @Override
    public Component sectionFor(CarrierId carrierId, Runnable changed) {
        return new Evaluations(carrierId, changed);
    }

    /** The section itself, drawn for one carrier. */
    final class Evaluations extends VerticalLayout {

        private final CarrierId carrierId;
        private final Runnable changed;

        Evaluations(CarrierId carrierId, Runnable changed) {
            this.carrierId = carrierId;
            this.changed = changed;
            setPadding(false);
            List<YearlyEvaluation> evaluations = reports.evaluations(carrierId);
            UnorderedList list = new UnorderedList();
            evaluations.forEach(e -> list.add(new ListItem(e.year() + "：" + e.score() + " "
                    + getTranslation(e.result().messageKey())
                    + (e.comment() == null || e.comment().isBlank() ? "" : "，" + e.comment()))));
            if (evaluations.isEmpty()) {
                list.add(new ListItem("—"));
            }
            add(new H3(getTranslation("carrier.evaluations")), list);
            if (currentUser.require().role() == Role.BUREAU_OFFICER) {
                // M5.1: what the industry authorities said of each year, beside the button that records it
                List<EvaluationRemark> given = remarks.remarksOfCarrier(carrierId);
                if (!given.isEmpty()) {
                    UnorderedList said = new UnorderedList();
                    given.forEach(r -> said.add(new ListItem(getTranslation("remark.ofYear", r.year(),
                            r.authorityName(), r.remark()))));
                    add(new H4(getTranslation("remark.bureauTitle")), said);
                }
                add(new Button(getTranslation("evaluation.record"), e -> evaluate()));
            }
        }

        FormDialog evaluate() {
            IntegerField year = new IntegerField(getTranslation("report.year"));
            year.setValue(LocalDate.now(clock).getYear() - 1);
            BigDecimalField score = new BigDecimalField(getTranslation("evaluation.score"));
            RadioButtonGroup<EvaluationResult> result = new RadioButtonGroup<>(getTranslation("evaluation.result"));
            result.setItems(EvaluationResult.values());
            result.setItemLabelGenerator(r -> getTranslation(r.messageKey()));
            TextField comment = new TextField(getTranslation("credit.note"));
            FormDialog dialog = new FormDialog(getTranslation("evaluation.record"),
                    new VerticalLayout(year, score, result, comment), getTranslation("action.save"),
                    () -> reports.evaluate(carrierId, year.getValue() == null ? 0 : year.getValue(), score.getValue(),
                            result.getValue(), comment.getValue()),
                    changed);
            dialog.open();
            return dialog;
        }
    }
}
