package cn.kunming.kjj.carrier.annualreport.ui;

import cn.kunming.kjj.carrier.annualreport.ReportAssignment;
import cn.kunming.kjj.carrier.annualreport.ReportReviewService;
import cn.kunming.kjj.carrier.review.ui.ExpertWorkSection;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;

/** The yearly reports an expert evaluates (M5.2), on the expert's page of reviews. */
@org.springframework.stereotype.Component
class ReportReviewsSection implements ExpertWorkSection {

    private final ReportReviewService reportReviews;

    ReportReviewsSection(ReportReviewService reportReviews) {
        this.reportReviews = reportReviews;
    }

    @Override
    public Component section() {
        Grid<ReportAssignment> reports = new Grid<>();
        reports.addColumn(ReportAssignment::carrierName).setHeader(reports.getTranslation("carrier.name")).setFlexGrow(1);
        reports.addColumn(ReportAssignment::year).setHeader(reports.getTranslation("report.year"));
        reports.addColumn(r -> reports.getTranslation(r.status().messageKey())).setHeader(reports.getTranslation("account.status"));
        reports.addItemClickListener(e -> reports.getUI().ifPresent(ui -> ui.navigate("expert/report/" + e.getItem().reportId())));
        reports.setEmptyStateText(reports.getTranslation("review.noAssignments"));
        reports.setItems(reportReviews.mine());
        VerticalLayout section = new VerticalLayout(new H3(reports.getTranslation("report.reviews")), reports);
        section.setPadding(false);
        return section;
    }
}
