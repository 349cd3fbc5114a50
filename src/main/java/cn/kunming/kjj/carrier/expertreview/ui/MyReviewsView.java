package cn.kunming.kjj.carrier.expertreview.ui;

import cn.kunming.kjj.carrier.common.ui.Formats;
import cn.kunming.kjj.carrier.common.ui.WaitingTime;
import cn.kunming.kjj.carrier.expertreview.AssignmentStatus;
import cn.kunming.kjj.carrier.expertreview.ExpertWork;
import cn.kunming.kjj.carrier.expertreview.MyReview;
import cn.kunming.kjj.carrier.security.Roles;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;

import java.time.Clock;
import java.time.LocalDate;

/**
 * An expert's assignments of every kind (P4.4, M5.1): only its own, and only while it may still read them; what still
 * waits shows the days since it was assigned and the time left to the review deadline, overdue rows marked.
 */
@Route("expert/reviews")
@Menu(title = "nav.myReviews", order = 20, icon = "vaadin:star-half-left-o")
@RolesAllowed(Roles.EXPERT)
class MyReviewsView extends VerticalLayout implements HasDynamicTitle {

    final Grid<MyReview> grid = new Grid<>();
    final cn.kunming.kjj.carrier.common.ui.RowCount count = new cn.kunming.kjj.carrier.common.ui.RowCount();

    MyReviewsView(ExpertWork work, Clock clock) {
        setSizeFull();
        grid.addColumn(r -> getTranslation(r.subject().subject().type().messageKey()))
                .setHeader(getTranslation("review.subjectType"));
        grid.addColumn(r -> r.subject().unitName()).setHeader(getTranslation("unit.name")).setFlexGrow(1);
        grid.addColumn(r -> r.subject().name()).setHeader(getTranslation("review.subjectName")).setFlexGrow(1);
        grid.addColumn(r -> r.subject().year() == null ? "" : String.valueOf(r.subject().year()))
                .setHeader(getTranslation("report.year"));
        grid.addColumn(r -> getTranslation(r.subject().kind().messageKey())).setHeader(getTranslation("selfCheck.kind"));
        grid.addColumn(r -> getTranslation(r.assignment().status().messageKey())).setHeader(getTranslation("account.status"));
        grid.addColumn(r -> Formats.dateTime(r.assignment().assignedAt())).setHeader(getTranslation("review.assignedAt"));
        grid.addColumn(r -> Formats.dateTime(r.readableUntil())).setHeader(getTranslation("review.readableUntil"));
        // issue 25, part 6: what still waits for the expert shows how long it has waited and how long is left
        grid.addColumn(r -> waiting(r) ? WaitingTime.daysSince(r.assignment().assignedAt(), LocalDate.now(clock)) : "")
                .setHeader(getTranslation("list.daysWaiting")).setKey("daysWaiting").setAutoWidth(true);
        grid.addColumn(r -> waiting(r) ? WaitingTime.timeLeft(this, r.subject().dueBy(), LocalDate.now(clock)) : "")
                .setHeader(getTranslation("list.timeLeft")).setKey("timeLeft").setAutoWidth(true);
        grid.setPartNameGenerator(r -> waiting(r) && WaitingTime.overdue(r.subject().dueBy(), LocalDate.now(clock))
                ? WaitingTime.OVERDUE_PART : null);
        grid.addItemClickListener(e -> open(e.getItem()));
        cn.kunming.kjj.carrier.common.ui.ListGrids.enterOpens(grid, this::open);
        grid.setEmptyStateText(getTranslation("review.noAssignments"));
        java.util.List<MyReview> mine = work.mine();
        grid.setItems(mine);
        count.show(mine.size());
        add(new H2(getTranslation("nav.myReviews")), new Paragraph(getTranslation("review.expertIntro")), count, grid);
    }

    /** An assignment the expert still has to declare on or score. */
    private static boolean waiting(MyReview r) {
        return r.assignment().status().active() && r.assignment().status() != AssignmentStatus.SUBMITTED;
    }

    private void open(MyReview review) {
        getUI().ifPresent(ui -> ui.navigate(review.subject().subject().path()));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.myReviews");
    }
}
