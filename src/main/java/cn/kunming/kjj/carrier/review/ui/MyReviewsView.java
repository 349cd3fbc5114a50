package cn.kunming.kjj.carrier.review.ui;

import cn.kunming.kjj.carrier.common.ui.Formats;
import cn.kunming.kjj.carrier.review.MyReview;
import cn.kunming.kjj.carrier.review.ExpertReviewService;
import cn.kunming.kjj.carrier.security.Roles;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;

/** An expert's assignments (P4.4): only its own, and only while it may still read them. */
@Route("expert/reviews")
@Menu(title = "nav.myReviews", order = 20, icon = "vaadin:star-half-left-o")
@RolesAllowed(Roles.EXPERT)
class MyReviewsView extends VerticalLayout implements HasDynamicTitle {

    final Grid<MyReview> grid = new Grid<>();

    final Grid<cn.kunming.kjj.carrier.annualreport.ReportAssignment> reports = new Grid<>();

    MyReviewsView(ExpertReviewService reviews, cn.kunming.kjj.carrier.annualreport.ReportReviewService reportReviews) {
        setSizeFull();
        grid.addColumn(MyReview::unitName).setHeader(getTranslation("unit.name")).setFlexGrow(1);
        grid.addColumn(MyReview::proposedName).setHeader(getTranslation("selfCheck.name")).setFlexGrow(1);
        grid.addColumn(r -> getTranslation(r.kind().messageKey())).setHeader(getTranslation("selfCheck.kind"));
        grid.addColumn(r -> getTranslation(r.assignment().status().messageKey())).setHeader(getTranslation("account.status"));
        grid.addColumn(r -> Formats.dateTime(r.assignment().assignedAt())).setHeader(getTranslation("review.assignedAt"));
        grid.addColumn(r -> Formats.dateTime(r.readableUntil())).setHeader(getTranslation("review.readableUntil"));
        grid.addItemClickListener(e -> getUI().ifPresent(ui -> ui.navigate(ExpertReviewView.class, e.getItem().dossierId())));
        grid.setEmptyStateText(getTranslation("review.noAssignments"));
        grid.setItems(reviews.mine());
        reports.addColumn(r -> r.carrierName()).setHeader(getTranslation("carrier.name")).setFlexGrow(1);
        reports.addColumn(r -> r.year()).setHeader(getTranslation("report.year"));
        reports.addColumn(r -> getTranslation(r.status().messageKey())).setHeader(getTranslation("account.status"));
        reports.addItemClickListener(e -> getUI().ifPresent(ui -> ui.navigate("expert/report/" + e.getItem().reportId())));
        reports.setEmptyStateText(getTranslation("review.noAssignments"));
        reports.setItems(reportReviews.mine());
        add(new H2(getTranslation("nav.myReviews")), new Paragraph(getTranslation("review.expertIntro")), grid,
                new com.vaadin.flow.component.html.H3(getTranslation("report.reviews")), reports);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.myReviews");
    }
}
