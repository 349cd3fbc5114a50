package cn.kunming.kjj.carrier.review.ui;

import cn.kunming.kjj.carrier.review.DrawnExperts;
import cn.kunming.kjj.carrier.expertreview.AssignmentStatus;
import cn.kunming.kjj.carrier.expertreview.Criterion;
import cn.kunming.kjj.carrier.call.Call;
import cn.kunming.kjj.carrier.call.CallService;
import cn.kunming.kjj.carrier.call.ui.CallSelect;
import cn.kunming.kjj.carrier.common.PortalException;
import cn.kunming.kjj.carrier.common.ui.DatePickers;
import cn.kunming.kjj.carrier.common.ui.Downloads;
import cn.kunming.kjj.carrier.common.ui.FormDialog;
import cn.kunming.kjj.carrier.common.ui.Notifications;
import cn.kunming.kjj.carrier.expert.Expert;
import cn.kunming.kjj.carrier.expert.ExpertFields;
import cn.kunming.kjj.carrier.expertreview.Assignment;
import cn.kunming.kjj.carrier.expertreview.ScoreCriteriaService;
import cn.kunming.kjj.carrier.review.BoardRow;
import cn.kunming.kjj.carrier.review.Candidate;
import cn.kunming.kjj.carrier.review.RecommendationService;
import cn.kunming.kjj.carrier.review.ReviewAssignmentService;
import cn.kunming.kjj.carrier.review.ReviewSchedule;
import cn.kunming.kjj.carrier.security.Roles;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import org.jspecify.annotations.Nullable;

import java.util.List;
import java.util.stream.Collectors;

/**
 * The bureau's review board (P4.4): per call, each recommended dossier with its experts, their progress, the mean
 * and spread of submitted sheets (a warning when they disagree widely); experts proposed by field or chosen by hand,
 * released with a reason; the review dates; every score to Excel.
 */
@Route("bureau/review")
@Menu(title = "nav.reviewBoard", order = 33, icon = "vaadin:group")
@RolesAllowed(Roles.BUREAU_OFFICER)
class ReviewBoardView extends VerticalLayout implements HasDynamicTitle {

    private final transient ReviewAssignmentService assignments;
    private final transient RecommendationService recommendations;
    private final transient ScoreCriteriaService criteria;
    final CallSelect call;
    final Grid<BoardRow> grid = new Grid<>();
    final DatePicker recommendBy;
    final DatePicker reviewBy;
    final HorizontalLayout tools = new HorizontalLayout();

    ReviewBoardView(ReviewAssignmentService assignments, RecommendationService recommendations,
                    ScoreCriteriaService criteria, CallService calls) {
        this.assignments = assignments;
        this.criteria = criteria;
        this.recommendations = recommendations;
        setSizeFull();
        call = new CallSelect(calls.published());
        recommendBy = DatePickers.create(getTranslation("review.recommendByLabel"), getLocale());
        reviewBy = DatePickers.create(getTranslation("review.reviewByLabel"), getLocale());
        Button saveSchedule = new Button(getTranslation("action.save"), e -> saveSchedule());
        HorizontalLayout schedule = new HorizontalLayout(recommendBy, reviewBy, saveSchedule);
        schedule.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);

        grid.addColumn(BoardRow::unitName).setHeader(getTranslation("unit.name")).setFlexGrow(1);
        grid.addColumn(r -> r.dossier().content().facts().name()).setHeader(getTranslation("selfCheck.name")).setFlexGrow(1);
        grid.addColumn(r -> r.dossier().content().industryField()).setHeader(getTranslation("dossier.industryField"));
        grid.addColumn(r -> getTranslation(r.dossier().status().messageKey())).setHeader(getTranslation("account.status"));
        grid.addColumn(r -> r.assignments().stream().map(a -> a.expertName() + "·" + getTranslation(a.status().messageKey()))
                .collect(Collectors.joining("，"))).setHeader(getTranslation("review.experts")).setFlexGrow(2);
        grid.addColumn(r -> r.summary().sheets()).setHeader(getTranslation("review.sheets")).setAutoWidth(true);
        grid.addColumn(r -> r.summary().mean() == null ? "" : r.summary().mean().toPlainString())
                .setHeader(getTranslation("review.mean")).setAutoWidth(true);
        grid.addColumn(r -> r.summary().spread() == null ? "" : r.summary().spread().toPlainString()
                + (r.summary().disagreement() ? " ⚠ " + getTranslation("review.disagreement") : ""))
                .setHeader(getTranslation("review.spread")).setAutoWidth(true);
        grid.addComponentColumn(this::actions).setHeader(getTranslation("action.actions")).setAutoWidth(true);
        grid.setEmptyStateText(getTranslation("list.empty"));
        call.addValueChangeListener(e -> refresh());
        Button criteriaButton = new Button(getTranslation("criteria.edit"), e -> editCriteria());
        criteriaButton.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        schedule.add(criteriaButton);
        add(new H2(getTranslation("nav.reviewBoard")), call, schedule, tools, grid);
        refresh();
    }

    private HorizontalLayout actions(BoardRow row) {
        HorizontalLayout buttons = new HorizontalLayout();
        if (row.expertsNeeded() > 0) {
            Button propose = new Button(getTranslation("review.propose", row.expertsNeeded()), e -> propose(row));
            propose.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_PRIMARY);
            buttons.add(propose);
        }
        if (row.expertsNeeded() > 0 || row.assignments().stream().anyMatch(a -> a.status().active())) {
            Button manage = new Button(getTranslation("review.manageExperts"), e -> manage(row));
            manage.addThemeVariants(ButtonVariant.LUMO_SMALL);
            buttons.add(manage);
        }
        return buttons;
    }

    void refresh() {
        tools.removeAll();
        Call selected = call.getValue();
        if (selected == null) {
            grid.setItems(List.of());
            return;
        }
        ReviewSchedule s = recommendations.schedule(selected.id());
        recommendBy.setValue(s.recommendBy());
        reviewBy.setValue(s.reviewBy());
        grid.setItems(assignments.board(selected.id()));
        tools.add(Downloads.link(getTranslation("review.exportScores"), "专家评分-" + selected.year() + ".xlsx",
                Downloads.XLSX, () -> assignments.exportScores(selected.id())));
    }

    private void saveSchedule() {
        try {
            recommendations.setSchedule(new ReviewSchedule(call.chosen().id(), recommendBy.getValue(), reviewBy.getValue()));
            Notifications.success(this, "action.saved");
        } catch (PortalException e) {
            Notifications.refused(this, e);
        }
    }

    /** By field; when too few experts of the field are left, says so and asks before widening beyond it. */
    void propose(BoardRow row) {
        try {
            proposeNow(row, false);
        } catch (PortalException e) {
            if (!"review.notEnoughInField".equals(e.messageKey())) {
                Notifications.refused(this, e);
                return;
            }
            widen = new com.vaadin.flow.component.confirmdialog.ConfirmDialog(getTranslation("review.widenTitle"),
                    getTranslation(e.messageKey(), e.args()) + " " + getTranslation("review.widenQuestion"),
                    getTranslation("review.widenConfirm"), ok -> {
                        try {
                            proposeNow(row, true);
                        } catch (PortalException refused) {
                            Notifications.refused(this, refused);
                        }
                    });
            widen.setCancelable(true);
            widen.setCancelText(getTranslation("action.cancel"));
            widen.open();
        }
    }

    private void proposeNow(BoardRow row, boolean widenBeyondField) {
        DrawnExperts drawn = assignments.propose(row.dossier().id(), widenBeyondField);
        if (drawn.draw() != null) {
            Notifications.success(this, "review.proposed", drawn.experts().stream().map(Expert::name)
                    .collect(Collectors.joining("、")), String.valueOf(drawn.draw().id()),
                    String.valueOf(drawn.draw().seed()));
        }
        refresh();
    }

    /** The question before widening beyond the field, while it is open (for tests). */
    com.vaadin.flow.component.confirmdialog.@Nullable ConfirmDialog widen;

    /** Assign one more expert by hand, or release one (with a reason). */
    FormDialog manage(BoardRow row) {
        ComboBox<Candidate> candidate = new ComboBox<>(getTranslation("review.addExpert"));
        candidate.setItems(assignments.candidates(row.dossier().id()));
        candidate.setItemLabelGenerator(c -> c.expert().name() + "（" + c.expert().affiliation() + "；"
                + ExpertFields.join(c.expert().fields()) + (c.fieldMatches() > 0 ? "；✓" : "") + "；"
                + getTranslation("review.load", c.load()) + "）");
        candidate.setWidthFull();
        ComboBox<Assignment> release = new ComboBox<>(getTranslation("review.releaseExpert"));
        release.setItems(row.assignments().stream().filter(a -> a.status().active()
                && a.status() != cn.kunming.kjj.carrier.expertreview.AssignmentStatus.SUBMITTED).toList());
        release.setItemLabelGenerator(a -> a.expertName() + "·" + getTranslation(a.status().messageKey()));
        release.setWidthFull();
        TextField reason = new TextField(getTranslation("review.releaseReason"));
        reason.setWidthFull();
        VerticalLayout body = new VerticalLayout(new Span(row.unitName()), candidate, release, reason);
        FormDialog dialog = new FormDialog(getTranslation("review.manageExperts"), body, getTranslation("action.save"),
                () -> {
                    if (candidate.getValue() == null && release.getValue() == null) {
                        throw new PortalException("review.nothingToManage");
                    }
                    // checked before anything is done, so that a refused release leaves no half-made change behind
                    if (release.getValue() != null && reason.getValue().isBlank()) {
                        throw new PortalException("review.releaseReasonMissing");
                    }
                    if (candidate.getValue() != null) {
                        assignments.assign(row.dossier().id(), candidate.getValue().expert().id());
                    }
                    if (release.getValue() != null) {
                        assignments.release(release.getValue().id(), reason.getValue());
                    }
                }, this::refresh);
        dialog.setWidth("36em");
        dialog.open();
        return dialog;
    }

    /** The score sheet's criteria and weights, per kind (P4.4). */
    FormDialog editCriteria() {
        com.vaadin.flow.component.tabs.TabSheet kinds = new com.vaadin.flow.component.tabs.TabSheet();
        java.util.Map<cn.kunming.kjj.carrier.common.CarrierKind, CriteriaEditor> editors =
                new java.util.EnumMap<>(cn.kunming.kjj.carrier.common.CarrierKind.class);
        for (var kind : cn.kunming.kjj.carrier.common.CarrierKind.values()) {
            CriteriaEditor editor = new CriteriaEditor(kind, criteria.criteria(kind));
            editors.put(kind, editor);
            kinds.add(getTranslation(kind.messageKey()), editor);
        }
        FormDialog dialog = new FormDialog(getTranslation("criteria.edit"), kinds, getTranslation("action.save"),
                () -> {
                    java.util.Map<cn.kunming.kjj.carrier.common.CarrierKind, List<cn.kunming.kjj.carrier.expertreview.Criterion>>
                            byKind = new java.util.EnumMap<>(cn.kunming.kjj.carrier.common.CarrierKind.class);
                    editors.forEach((kind, editor) -> byKind.put(kind, editor.criteria()));
                    criteria.replaceCriteria(byKind);
                }, () -> Notifications.success(this, "action.saved"));
        dialog.setWidth("60em");
        dialog.open();
        return dialog;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.reviewBoard");
    }
}
