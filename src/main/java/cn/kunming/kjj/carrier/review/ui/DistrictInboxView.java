package cn.kunming.kjj.carrier.review.ui;

import org.jspecify.annotations.Nullable;
import cn.kunming.kjj.carrier.call.Call;
import cn.kunming.kjj.carrier.call.CallService;
import cn.kunming.kjj.carrier.call.ui.CallSelect;
import cn.kunming.kjj.carrier.common.ui.Downloads;
import cn.kunming.kjj.carrier.common.ui.Formats;
import cn.kunming.kjj.carrier.common.ui.WaitingTime;
import cn.kunming.kjj.carrier.dossier.DossierStatus;
import cn.kunming.kjj.carrier.review.InboxRow;
import cn.kunming.kjj.carrier.review.RecommendationService;
import cn.kunming.kjj.carrier.review.ReviewSchedule;
import cn.kunming.kjj.carrier.security.Roles;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;

import java.time.Clock;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;

/**
 * The district's inbox (P4.3): its own tenant's submitted dossiers of a call, what waits for it first, the date by
 * which it must recommend, and its recommendation list with the opinion document to sign.
 */
@Route("district/review")
@Menu(title = "nav.districtReview", order = 24, icon = "vaadin:clipboard-check")
@RolesAllowed({Roles.DISTRICT_OFFICER, Roles.BUREAU_OFFICER})
class DistrictInboxView extends VerticalLayout implements HasDynamicTitle {

    private final transient RecommendationService recommendations;
    private final transient Clock clock;
    final CallSelect call;
    final Checkbox onlyRecommended = new Checkbox();
    final Span deadline = new Span();
    final Grid<InboxRow> grid = new Grid<>();
    final HorizontalLayout documents = new HorizontalLayout();
    /** The selected call's recommendation deadline, which the waiting rows count down to. */
    private @Nullable LocalDate recommendBy;

    DistrictInboxView(RecommendationService recommendations, CallService calls, Clock clock) {
        this.recommendations = recommendations;
        this.clock = clock;
        setSizeFull();
        call = new CallSelect(calls.published());
        onlyRecommended.setLabel(getTranslation("review.onlyRecommended"));
        grid.addColumn(InboxRow::unitName).setHeader(getTranslation("unit.name")).setFlexGrow(1);
        grid.addColumn(r -> r.dossier().content().facts().name()).setHeader(getTranslation("selfCheck.name")).setFlexGrow(1);
        grid.addColumn(r -> getTranslation(r.dossier().kind().messageKey())).setHeader(getTranslation("selfCheck.kind"));
        grid.addColumn(r -> getTranslation(r.dossier().status().messageKey())).setHeader(getTranslation("account.status"));
        grid.addColumn(r -> Formats.dateTime(r.lastSubmittedAt())).setHeader(getTranslation("dossier.submittedAt"));
        grid.addColumn(r -> waiting(r) ? WaitingTime.daysSince(r.lastSubmittedAt(), LocalDate.now(clock)) : "")
                .setHeader(getTranslation("list.daysWaiting")).setAutoWidth(true);
        grid.addColumn(r -> waiting(r) ? WaitingTime.timeLeft(this, recommendBy, LocalDate.now(clock)) : "")
                .setHeader(getTranslation("list.timeLeft")).setAutoWidth(true);
        grid.setPartNameGenerator(r -> waiting(r) && WaitingTime.overdue(recommendBy, LocalDate.now(clock))
                ? WaitingTime.OVERDUE_PART : null);
        grid.addColumn(InboxRow::submittedVersions).setHeader(getTranslation("dossier.versions")).setAutoWidth(true);
        grid.addColumn(r -> r.dossier().revisionDue() == null ? "" : Formats.date(r.dossier().revisionDue()))
                .setHeader(getTranslation("review.revisionDue"));
        grid.addColumn(r -> r.lastAction() == null ? "" : getTranslation(r.lastAction().action().messageKey()))
                .setHeader(getTranslation("review.lastAction"));
        grid.addItemClickListener(e -> getUI().ifPresent(ui -> ui.navigate(DistrictReviewView.class,
                e.getItem().dossier().id().value())));
        grid.setEmptyStateText(getTranslation("list.empty"));
        call.addValueChangeListener(e -> refresh());
        onlyRecommended.addValueChangeListener(e -> refresh());
        documents.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        add(new H2(getTranslation("nav.districtReview")), new HorizontalLayout(call, onlyRecommended), deadline,
                documents, grid);
        refresh();
    }

    private void refresh() {
        Call selected = call.getValue();
        documents.removeAll();
        if (selected == null) {
            grid.setItems(List.of());
            return;
        }
        ReviewSchedule schedule = recommendations.schedule(selected.id());
        recommendBy = schedule.recommendBy();
        LocalDate today = LocalDate.now(clock);
        deadline.setText(schedule.recommendBy() == null ? getTranslation("review.noRecommendBy")
                : getTranslation("review.recommendBy", Formats.date(schedule.recommendBy()),
                ChronoUnit.DAYS.between(today, schedule.recommendBy())));
        List<InboxRow> rows = onlyRecommended.getValue() ? recommendations.recommended(selected.id())
                : recommendations.inbox(selected.id()).stream()
                .sorted((a, b) -> Boolean.compare(b.dossier().status() == DossierStatus.SUBMITTED,
                        a.dossier().status() == DossierStatus.SUBMITTED)).toList();
        grid.setItems(rows);
        Anchor opinion = Downloads.link(getTranslation("review.opinionDocument"), "推荐意见-" + selected.year() + ".docx",
                Downloads.DOCX, () -> recommendations.opinionDocument(selected.id()));
        documents.add(opinion);
    }

    /** A row that waits for the district (P4.3): submitted and not yet acted on. */
    private static boolean waiting(InboxRow r) {
        return r.dossier().status() == DossierStatus.SUBMITTED;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.districtReview");
    }
}
