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

import cn.kunming.kjj.carrier.common.BulkOutcome;
import cn.kunming.kjj.carrier.common.DossierId;
import cn.kunming.kjj.carrier.common.ui.BulkResultDialog;
import cn.kunming.kjj.carrier.common.ui.ListAddress;
import cn.kunming.kjj.carrier.common.ui.ListGrids;
import cn.kunming.kjj.carrier.common.ui.WaitingTime;
import cn.kunming.kjj.carrier.common.ui.ListSearch;
import cn.kunming.kjj.carrier.common.ui.QueryParams;
import cn.kunming.kjj.carrier.common.ui.RowCount;
import cn.kunming.kjj.carrier.common.ui.RowPositions;
import cn.kunming.kjj.carrier.dossier.DossierListService;
import cn.kunming.kjj.carrier.dossier.DossierStatus;
import cn.kunming.kjj.carrier.preference.ListPreferenceService;
import cn.kunming.kjj.carrier.preference.ui.ColumnChooser;
import cn.kunming.kjj.carrier.review.BulkReviewService;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.QueryParameters;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The bureau's review board (P4.4): per call, each recommended dossier with its experts, their progress, the mean
 * and spread of submitted sheets (a warning when they disagree widely); experts proposed by field or chosen by hand,
 * released with a reason; the review dates; every score to Excel. Rows waiting for experts show the days since
 * submission and the time left to the review deadline, overdue rows marked (issue 25).
 */
@Route(ReviewBoardView.ROUTE)
@Menu(title = "nav.reviewBoard", order = 33, icon = "vaadin:group")
@RolesAllowed(Roles.BUREAU_OFFICER)
class ReviewBoardView extends VerticalLayout implements HasDynamicTitle, BeforeEnterObserver {

    static final String ROUTE = "bureau/review";
    /** The states a dossier has on the board, from recommendation on. */
    static final List<DossierStatus> ON_BOARD = List.of(DossierStatus.RECOMMENDED, DossierStatus.UNDER_EXPERT_REVIEW,
            DossierStatus.REVIEWED, DossierStatus.PROPOSED, DossierStatus.REJECTED, DossierStatus.IN_PUBLIC_NOTICE,
            DossierStatus.APPROVED);

    private final transient ReviewAssignmentService assignments;
    private final transient RecommendationService recommendations;
    private final transient ScoreCriteriaService criteria;
    private final transient BulkReviewService bulk;
    private final transient DossierListService dossiers;
    private final transient CallService callService;
    final CallSelect call;
    final ComboBox<DossierStatus> status = new ComboBox<>();
    final ListSearch search = new ListSearch("list.searchDossiers", this::refresh);
    final Grid<BoardRow> grid = new Grid<>();
    final RowCount count = new RowCount();
    final DatePicker recommendBy;
    final DatePicker reviewBy;
    final HorizontalLayout tools = new HorizontalLayout();
    final Button drawSelected = new Button();
    final Anchor exportSelected;
    final ListAddress address = new ListAddress(ROUTE);
    private final RowPositions<BoardRow> positions = new RowPositions<>(r -> r.dossier().id());
    private final Grid.Column<BoardRow> actionsColumn;
    private final transient Clock clock;
    /** The selected call's review deadline, which the rows waiting for experts count down to. */
    private @Nullable LocalDate reviewDeadline;
    private boolean entering;
    /** The dialogs of the bulk action while open (for tests). */
    @Nullable FormDialog bulkDialog;
    @Nullable BulkResultDialog resultDialog;

    ReviewBoardView(ReviewAssignmentService assignments, RecommendationService recommendations,
                    ScoreCriteriaService criteria, CallService calls, BulkReviewService bulk,
                    DossierListService dossiers, ListPreferenceService preferences, Clock clock) {
        this.clock = clock;
        this.assignments = assignments;
        this.criteria = criteria;
        this.recommendations = recommendations;
        this.bulk = bulk;
        this.dossiers = dossiers;
        this.callService = calls;
        setSizeFull();
        call = new CallSelect(calls.published());
        status.setLabel(getTranslation("dossier.currentStatus"));
        status.setItems(ON_BOARD);
        status.setItemLabelGenerator(s -> getTranslation(s.messageKey()));
        status.setClearButtonVisible(true);
        status.setPlaceholder(getTranslation("filter.all"));
        recommendBy = DatePickers.create(getTranslation("review.recommendByLabel"), getLocale());
        reviewBy = DatePickers.create(getTranslation("review.reviewByLabel"), getLocale());
        Button saveSchedule = new Button(getTranslation("action.save"), e -> saveSchedule());
        HorizontalLayout schedule = new HorizontalLayout(recommendBy, reviewBy, saveSchedule);
        schedule.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);

        ListGrids.selectable(grid);
        grid.addColumn(BoardRow::unitName).setHeader(getTranslation("unit.name")).setKey("unit").setFlexGrow(1);
        grid.addColumn(r -> r.dossier().creditCode()).setHeader(getTranslation("unit.creditCode")).setKey("creditCode")
                .setAutoWidth(true);
        grid.addColumn(r -> r.dossier().name()).setHeader(getTranslation("selfCheck.name")).setKey("name").setFlexGrow(1);
        grid.addColumn(r -> r.dossier().industryField()).setHeader(getTranslation("dossier.industryField")).setKey("field");
        grid.addColumn(r -> getTranslation(r.dossier().status().messageKey())).setHeader(getTranslation("account.status"))
                .setKey("status");
        grid.addColumn(r -> r.assignments().stream().map(a -> a.expertName() + "·" + getTranslation(a.status().messageKey()))
                .collect(Collectors.joining("，"))).setHeader(getTranslation("review.experts")).setKey("experts")
                .setFlexGrow(2);
        grid.addColumn(r -> r.summary().sheets()).setHeader(getTranslation("review.sheets")).setKey("sheets")
                .setAutoWidth(true);
        grid.addColumn(r -> r.summary().mean() == null ? "" : r.summary().mean().toPlainString())
                .setHeader(getTranslation("review.mean")).setKey("mean").setAutoWidth(true);
        grid.addColumn(r -> r.summary().spread() == null ? "" : r.summary().spread().toPlainString()
                + (r.summary().disagreement() ? " ⚠ " + getTranslation("review.disagreement") : ""))
                .setHeader(getTranslation("review.spread")).setKey("spread").setAutoWidth(true);
        grid.addColumn(r -> waiting(r) ? WaitingTime.daysSince(r.dossier().lastSubmittedAt(), LocalDate.now(clock)) : "")
                .setHeader(getTranslation("list.daysWaiting")).setKey("daysWaiting").setAutoWidth(true);
        grid.addColumn(r -> waiting(r) ? WaitingTime.timeLeft(this, reviewDeadline, LocalDate.now(clock)) : "")
                .setHeader(getTranslation("list.timeLeft")).setKey("timeLeft").setAutoWidth(true);
        grid.setPartNameGenerator(r -> waiting(r) && WaitingTime.overdue(reviewDeadline, LocalDate.now(clock))
                ? WaitingTime.OVERDUE_PART : null);
        actionsColumn = grid.addComponentColumn(this::actions).setHeader(getTranslation("action.actions")).setAutoWidth(true);
        grid.setEmptyStateText(getTranslation("list.empty"));
        // lazy: a page of the call's board at a time, with its experts; the session keeps no list
        grid.setItems(q -> call.getValue() == null ? java.util.stream.Stream.empty() : positions.page(assignments.board(
                        call.getValue().id(), status.getValue(), search.term(), q.getOffset(), q.getLimit()), q.getOffset()),
                q -> count.show(call.getValue() == null ? 0 : assignments.boardCount(call.getValue().id(),
                        status.getValue(), search.term())));
        grid.addItemClickListener(e -> open(e.getItem(), e.getColumn()));
        ListGrids.enterOpens(grid, this::open);
        drawSelected.setText(getTranslation("bulk.drawExperts"));
        drawSelected.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        drawSelected.addClickListener(e -> confirmDraw());
        exportSelected = Downloads.link(getTranslation("list.exportSelected"), "专家评审-所选.xlsx", Downloads.XLSX,
                () -> dossiers.exportSelected(selected()));
        selectionChanged();
        grid.addSelectionListener(e -> selectionChanged());
        call.addValueChangeListener(e -> refresh());
        status.addValueChangeListener(e -> refresh());
        Button criteriaButton = new Button(getTranslation("criteria.edit"), e -> editCriteria());
        criteriaButton.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        schedule.add(criteriaButton);
        HorizontalLayout filters = new HorizontalLayout(search, call, status);
        filters.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        HorizontalLayout selection = new HorizontalLayout(count, drawSelected, exportSelected,
                new ColumnChooser(grid, "review-board", preferences));
        selection.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.CENTER);
        selection.setWrap(true);
        add(new H2(getTranslation("nav.reviewBoard")), filters, schedule, tools, selection, grid);
    }

    /**
     * Without a call in the address the board opens on the call under review; a call not published, a status not on
     * the board or a position out of range is ignored.
     */
    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        QueryParameters q = event.getLocation().getQueryParameters();
        DossierStatus chosen = QueryParams.read(q, "status", DossierStatus::valueOf);
        entering = true;
        call.choose(q, callService.now(),
                dossiers.callsWaiting(java.util.EnumSet.of(cn.kunming.kjj.carrier.dossier.DossierStatus.RECOMMENDED)), dossiers.callsUnderReview());
        status.setValue(chosen != null && ON_BOARD.contains(chosen) ? chosen : null);
        search.read(q);
        entering = false;
        refresh();
        int pos = ListGrids.scrollBack(grid, q);
        if (pos > 0) {
            remember(pos);
        }
    }

    /** A row opens its dossier, save in the column of buttons, which act on the row themselves. */
    private void open(BoardRow row, Grid.Column<BoardRow> column) {
        if (column == actionsColumn) {
            return;
        }
        remember(positions.of(row));
        getUI().ifPresent(ui -> ui.navigate("dossiers/" + row.dossier().id().value()));
    }

    /** A dossier that waits for its experts (P4.4): recommended, or in review with sheets still out. */
    private static boolean waiting(BoardRow r) {
        DossierStatus s = r.dossier().status();
        return s == DossierStatus.RECOMMENDED || s == DossierStatus.UNDER_EXPERT_REVIEW;
    }

    private void remember(int position) {
        if (!entering) {
            address.write(this, search.into(new QueryParams()).put("call", call.getValue() == null ? null : call.getValue().id())
                    .put("status", status.getValue()).put("pos", position > 0 ? position : null));
        }
    }

    private List<DossierId> selected() {
        return grid.getSelectedItems().stream().map(r -> r.dossier().id()).toList();
    }

    private void selectionChanged() {
        int n = grid.getSelectedItems().size();
        drawSelected.setEnabled(n > 0);
        exportSelected.setEnabled(n > 0);
        drawSelected.setText(getTranslation("bulk.drawExperts") + (n > 0 ? "（" + n + "）" : ""));
    }

    /** 批量派专家: says how many and what it does (a random draw per dossier by its field, audited) before it does it. */
    FormDialog confirmDraw() {
        List<DossierId> ids = selected();
        bulkDialog = new FormDialog(getTranslation("bulk.drawExperts"),
                new Paragraph(getTranslation("bulk.drawConsequence", ids.size())),
                getTranslation("bulk.drawConfirm", ids.size()), () -> {
            BulkOutcome outcome = bulk.drawExperts(ids);
            refresh();
            resultDialog = new BulkResultDialog(getTranslation("bulk.drawExperts"), outcome);
            resultDialog.open();
        }, () -> { });
        bulkDialog.setWidth("36em");
        bulkDialog.open();
        return bulkDialog;
    }

    HorizontalLayout actions(BoardRow row) {
        HorizontalLayout buttons = new HorizontalLayout();
        // experts are drawn or changed only while the dossier is with them (P4.4): a decided dossier offers neither
        if (!waiting(row)) {
            return buttons;
        }
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
        if (entering) {
            return;
        }
        tools.removeAll();
        grid.deselectAll();
        grid.getDataProvider().refreshAll();
        remember(0);
        Call selected = call.getValue();
        reviewDeadline = null;
        if (selected == null) {
            return;
        }
        ReviewSchedule s = recommendations.schedule(selected.id());
        reviewDeadline = s.reviewBy();
        recommendBy.setValue(s.recommendBy());
        reviewBy.setValue(s.reviewBy());
        tools.add(Downloads.link(getTranslation("review.exportScores"), "专家评分-" + selected.year() + ".xlsx",
                Downloads.XLSX, () -> assignments.exportScores(selected.id())));
    }

    private void saveSchedule() {
        try {
            recommendations.setSchedule(new ReviewSchedule(call.chosen().id(), recommendBy.getValue(), reviewBy.getValue()));
            // the rows' time left reckons from the date just saved, not the one read when the call was chosen
            reviewDeadline = reviewBy.getValue();
            grid.getDataProvider().refreshAll();
            Notifications.success(this, "review.scheduleSaved");
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
