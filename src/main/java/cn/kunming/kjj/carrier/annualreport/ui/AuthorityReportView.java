package cn.kunming.kjj.carrier.annualreport.ui;

import cn.kunming.kjj.carrier.annualreport.AuthorityReport;
import cn.kunming.kjj.carrier.annualreport.EvaluationRemark;
import cn.kunming.kjj.carrier.annualreport.EvaluationRemarkService;
import cn.kunming.kjj.carrier.common.PortalException;
import cn.kunming.kjj.carrier.common.ReportId;
import cn.kunming.kjj.carrier.common.ui.Formats;
import cn.kunming.kjj.carrier.common.ui.Notifications;
import cn.kunming.kjj.carrier.security.Roles;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.router.BeforeEvent;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.HasUrlParameter;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;

/**
 * A yearly report of a carrier in the authority's fields, read-only, and the authority's remark for the bureau's
 * evaluation (M5.1): given once, until the bureau records the year's evaluation.
 */
@Route("authority/report")
@RolesAllowed(Roles.INDUSTRY_AUTHORITY)
class AuthorityReportView extends VerticalLayout implements HasUrlParameter<Long>, HasDynamicTitle {

    private final transient EvaluationRemarkService remarks;
    final TextArea remark = new TextArea();
    final Button submit = new Button();
    @SuppressWarnings("NullAway.Init") // set on navigation, which comes before any use
    private ReportId reportId;

    AuthorityReportView(EvaluationRemarkService remarks) {
        this.remarks = remarks;
        remark.setLabel(getTranslation("remark.text"));
        remark.setMaxLength(2000);
        remark.setWidthFull();
        submit.setText(getTranslation("remark.submit"));
        submit.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        submit.addClickListener(e -> submit());
    }

    @Override
    public void setParameter(BeforeEvent event, Long id) {
        reportId = ReportId.of(id);
        try {
            show(remarks.report(reportId));
        } catch (cn.kunming.kjj.carrier.common.NotFoundException e) {
            event.rerouteToError(NotFoundException.class);
        }
    }

    private void show(AuthorityReport r) {
        removeAll();
        add(new H2(r.report().carrierName() + " · " + getTranslation("report.title", r.report().year())),
                new Paragraph(getTranslation("dossier.industryField") + "：" + r.industryField() + " · "
                        + getTranslation("remark.submittedAt") + " " + Formats.dateTime(r.report().submittedAt())),
                ReportSections.of(r.report().content(), remarks.files(reportId),
                        fileId -> remarks.fileContent(reportId, fileId)),
                new H3(getTranslation("remark.title")));
        EvaluationRemark mine = r.myRemark();
        if (mine != null) {
            add(new Paragraph(mine.remark() + " · " + mine.remarkedBy() + " " + Formats.dateTime(mine.remarkedAt())));
            return;
        }
        if (r.evaluated()) {
            add(new Paragraph(getTranslation("remark.afterEvaluation", r.report().year())));
            return;
        }
        add(remark, submit);
    }

    void submit() {
        try {
            remarks.remark(reportId, remark.getValue());
            Notifications.success(this, "remark.saved");
            show(remarks.report(reportId));
        } catch (PortalException e) {
            Notifications.refused(this, e);
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.authorityReports");
    }
}
