package cn.kunming.kjj.carrier.annualreport.ui;

import cn.kunming.kjj.carrier.annualreport.AnnualReport;
import cn.kunming.kjj.carrier.annualreport.ReportAssignment;
import cn.kunming.kjj.carrier.annualreport.ReportReviewService;
import cn.kunming.kjj.carrier.common.PortalException;
import cn.kunming.kjj.carrier.common.ui.Notifications;
import cn.kunming.kjj.carrier.review.AssignmentStatus;
import cn.kunming.kjj.carrier.review.ui.ScoreSheetForm;
import cn.kunming.kjj.carrier.security.Roles;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.router.BeforeEvent;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.HasUrlParameter;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;

/** A yearly report for the expert assigned to it (M5.1): first the declaration, then the report and the sheet. */
@Route("expert/report")
@RolesAllowed(Roles.EXPERT)
class ExpertReportView extends VerticalLayout implements HasUrlParameter<Long>, HasDynamicTitle {

    private final transient ReportReviewService review;
    private long reportId;
    final RadioButtonGroup<Boolean> conflict = new RadioButtonGroup<>();
    final TextArea note = new TextArea();
    ScoreSheetForm form;

    ExpertReportView(ReportReviewService review) {
        this.review = review;
    }

    @Override
    public void setParameter(BeforeEvent event, Long id) {
        ReportAssignment assignment;
        try {
            assignment = review.assignment(id);
        } catch (cn.kunming.kjj.carrier.common.NotFoundException e) {
            event.rerouteToError(NotFoundException.class);
            return;
        }
        reportId = id;
        show(assignment);
    }

    private void show(ReportAssignment a) {
        removeAll();
        add(new H2(a.carrierName() + " · " + getTranslation("report.title", a.year())));
        if (a.status() == AssignmentStatus.ASSIGNED) {
            conflict.setLabel(getTranslation("review.declarationQuestion"));
            conflict.setItems(false, true);
            conflict.setItemLabelGenerator(b -> getTranslation(b ? "review.hasConflict" : "review.noConflict"));
            note.setLabel(getTranslation("review.conflictNote"));
            note.setWidthFull();
            add(new Paragraph(getTranslation("review.declarationIntro")), conflict, note,
                    new Button(getTranslation("review.declare"), e -> declare()));
            return;
        }
        AnnualReport report = review.report(reportId);
        var c = report.content();
        String[][] sections = {{"report.basicConditions", c.basicConditions()}, {"report.talentTeam", c.talentTeam()},
                {"report.serviceProjects", c.serviceProjects()}, {"report.results", c.results()},
                {"report.successCases", c.successCases()}, {"report.financialStatus", c.financialStatus()},
                {"report.problems", c.problems()}};
        for (String[] s : sections) {
            add(new H4(getTranslation(s[0])), new Paragraph(s[1]));
        }
        add(new Paragraph(getTranslation("report.serviceRevenueWan") + "：" + c.serviceRevenueWan() + " · "
                + getTranslation("report.projectsServed") + "：" + c.projectsServed() + " · "
                + getTranslation("report.enterprisesIncubated") + "：" + c.enterprisesIncubated() + " · "
                + getTranslation("report.financingRaisedWan") + "：" + c.financingRaisedWan()));
        review.files(reportId).forEach(f -> add(cn.kunming.kjj.carrier.common.ui.Downloads.preview(f.fileName(),
                f.fileName(), "application/octet-stream", () -> review.fileContent(reportId, f.id()))));
        boolean editable = a.status() == AssignmentStatus.ACCEPTED;
        form = new ScoreSheetForm(review.criteria(reportId), a.sheet(), editable);
        add(form);
        if (editable) {
            Button submit = new Button(getTranslation("review.submitSheet"), e -> submit());
            submit.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            add(submit);
        }
    }

    void declare() {
        try {
            review.declare(reportId, Boolean.TRUE.equals(conflict.getValue()), note.getValue());
            if (Boolean.TRUE.equals(conflict.getValue())) {
                getUI().ifPresent(ui -> ui.navigate("expert/reviews"));
            } else {
                show(review.assignment(reportId));
            }
        } catch (PortalException e) {
            Notifications.refused(this, e);
        }
    }

    void submit() {
        try {
            review.submit(reportId, form.sheet());
            Notifications.success(this, "review.sheetSubmitted");
            show(review.assignment(reportId));
        } catch (PortalException e) {
            Notifications.refused(this, e);
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.myReviews");
    }
}
