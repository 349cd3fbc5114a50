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
import org.springframework.beans.factory.ObjectProvider;

/** An expert's assignments (P4.4): only its own, and only while it may still read them. */
@Route("expert/reviews")
@Menu(title = "nav.myReviews", order = 20, icon = "vaadin:star-half-left-o")
@RolesAllowed(Roles.EXPERT)
class MyReviewsView extends VerticalLayout implements HasDynamicTitle {

    final Grid<MyReview> grid = new Grid<>();

    MyReviewsView(ExpertReviewService reviews, ObjectProvider<ExpertWorkSection> otherWork) {
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
        add(new H2(getTranslation("nav.myReviews")), new Paragraph(getTranslation("review.expertIntro")), grid);
        otherWork.orderedStream().forEach(work -> add(work.section()));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.myReviews");
    }
}
