package cn.kunming.kjj.carrier.annualreport.ui;

import cn.kunming.kjj.carrier.annualreport.AuthorityReport;
import cn.kunming.kjj.carrier.annualreport.EvaluationRemarkService;
import cn.kunming.kjj.carrier.common.ui.Formats;
import cn.kunming.kjj.carrier.security.Roles;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;

/** The submitted yearly reports of an industry authority's fields, with what waits for its remark (M5.1). */
@Route("authority/reports")
@Menu(title = "nav.authorityReports", order = 24, icon = "vaadin:file-text-o")
@RolesAllowed(Roles.INDUSTRY_AUTHORITY)
class AuthorityReportsView extends VerticalLayout implements HasDynamicTitle {

    final Grid<AuthorityReport> grid = new Grid<>();

    AuthorityReportsView(EvaluationRemarkService remarks) {
        setSizeFull();
        grid.addColumn(r -> r.report().carrierName()).setHeader(getTranslation("carrier.name")).setFlexGrow(2);
        grid.addColumn(AuthorityReport::industryField).setHeader(getTranslation("dossier.industryField"));
        grid.addColumn(r -> r.report().year()).setHeader(getTranslation("report.year"));
        grid.addColumn(r -> Formats.dateTime(r.report().submittedAt())).setHeader(getTranslation("remark.submittedAt"));
        grid.addColumn(r -> getTranslation(r.myRemark() != null ? "remark.given"
                : r.evaluated() ? "remark.evaluated" : "remark.waiting")).setHeader(getTranslation("remark.state"));
        grid.setEmptyStateText(getTranslation("list.empty"));
        grid.addItemClickListener(e -> getUI().ifPresent(ui -> ui.navigate(AuthorityReportView.class,
                e.getItem().report().id().value())));
        grid.setItems(remarks.reports());
        add(new H2(getTranslation("nav.authorityReports")), new Paragraph(getTranslation("remark.intro")), grid);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.authorityReports");
    }
}
