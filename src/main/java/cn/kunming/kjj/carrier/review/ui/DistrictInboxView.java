package cn.kunming.kjj.carrier.review.ui;

import org.jspecify.annotations.Nullable;
import cn.kunming.kjj.carrier.call.Call;
import cn.kunming.kjj.carrier.call.CallService;
import cn.kunming.kjj.carrier.call.ui.CallSelect;
import cn.kunming.kjj.carrier.common.BulkOutcome;
import cn.kunming.kjj.carrier.common.DossierId;
import cn.kunming.kjj.carrier.common.ui.BulkResultDialog;
import cn.kunming.kjj.carrier.common.ui.DatePickers;
import cn.kunming.kjj.carrier.common.ui.Downloads;
import cn.kunming.kjj.carrier.common.ui.FormDialog;
import cn.kunming.kjj.carrier.common.ui.Formats;
import cn.kunming.kjj.carrier.common.ui.WaitingTime;
import cn.kunming.kjj.carrier.common.ui.ListAddress;
import cn.kunming.kjj.carrier.common.ui.ListGrids;
import cn.kunming.kjj.carrier.common.ui.ListSearch;
import cn.kunming.kjj.carrier.common.ui.QueryParams;
import cn.kunming.kjj.carrier.common.ui.RowCount;
import cn.kunming.kjj.carrier.common.ui.RowPositions;
import cn.kunming.kjj.carrier.dossier.DossierListService;
import cn.kunming.kjj.carrier.dossier.DossierRow;
import cn.kunming.kjj.carrier.dossier.DossierSort;
import cn.kunming.kjj.carrier.dossier.DossierStatus;
import cn.kunming.kjj.carrier.dossier.ui.DossierListLink;
import cn.kunming.kjj.carrier.preference.ListPreferenceService;
import cn.kunming.kjj.carrier.preference.ui.ColumnChooser;
import cn.kunming.kjj.carrier.review.BulkReviewService;
import cn.kunming.kjj.carrier.review.DistrictAction;
import cn.kunming.kjj.carrier.review.RecommendationService;
import cn.kunming.kjj.carrier.review.ReviewSchedule;
import cn.kunming.kjj.carrier.security.CurrentUser;
import cn.kunming.kjj.carrier.security.Role;
import cn.kunming.kjj.carrier.security.Roles;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;

import java.time.Clock;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.List;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.UnorderedList;
import cn.kunming.kjj.carrier.dossier.RuleAcknowledgement;
import java.util.Map;

/**
 * The district's inbox (P4.3): its own tenant's submitted dossiers of a call, what waits for it first, the date by
 * which it must recommend, and its recommendation list with the opinion document to sign. The list pages in SQL, says
 * how many rows it has and keeps its call, filters, order and position in its address (issue 25); the district selects
 * dossiers to recommend or return with one opinion, or to export.
 */
@Route(DistrictInboxView.ROUTE)
@Menu(title = "nav.districtReview", order = 24, icon = "vaadin:clipboard-check")
@RolesAllowed({Roles.DISTRICT_OFFICER, Roles.BUREAU_OFFICER})
class DistrictInboxView extends VerticalLayout implements HasDynamicTitle, BeforeEnterObserver {

    static final String ROUTE = "district/review";

    private final transient RecommendationService recommendations;
    private final transient BulkReviewService bulk;
    private final transient DossierListService dossiers;
    private final transient CallService callService;
    private final transient Clock clock;
    final CallSelect call;
    final ComboBox<DossierStatus> status = new ComboBox<>();
    final Checkbox onlyRecommended = new Checkbox();
    final ListSearch search = new ListSearch("list.searchDossiers", this::refresh);
    final Span deadline = new Span();
    final Grid<DossierRow> grid = new Grid<>();
    final RowCount count = new RowCount();
    final HorizontalLayout documents = new HorizontalLayout();
    /** The selected call's recommendation deadline, which the waiting rows count down to. */
    private @Nullable LocalDate recommendBy;
    final Button recommendSelected = new Button();
    final Button returnSelected = new Button();
    final Anchor exportSelected;
    final ListAddress address = new ListAddress(ROUTE);
    private final RowPositions<DossierRow> positions = new RowPositions<>(DossierRow::id);
    /** The district's last action on each row of the pages read, fetched per page. */
    private final Map<DossierId, DistrictAction> lastActions = new HashMap<>();
    private boolean entering;
    /** The dialogs of the bulk actions while open (for tests). */
    @Nullable FormDialog bulkDialog;
    @Nullable BulkResultDialog resultDialog;

    DistrictInboxView(RecommendationService recommendations, BulkReviewService bulk, DossierListService dossiers,
                      CallService calls, CurrentUser currentUser, ListPreferenceService preferences, Clock clock) {
        this.recommendations = recommendations;
        this.bulk = bulk;
        this.dossiers = dossiers;
        this.callService = calls;
        this.clock = clock;
        setSizeFull();
        call = new CallSelect(calls.published());
        status.setLabel(getTranslation("dossier.currentStatus"));
        status.setItems(InboxState.SUBMITTED_OR_LATER.stream().toList());
        status.setItemLabelGenerator(s -> getTranslation(s.messageKey()));
        status.setClearButtonVisible(true);
        status.setPlaceholder(getTranslation("filter.all"));
        onlyRecommended.setLabel(getTranslation("review.onlyRecommended"));

        ListGrids.selectable(grid);
        grid.addColumn(DossierRow::unitName).setHeader(getTranslation("unit.name")).setKey("unit").setFlexGrow(1)
                .setSortProperty(DossierSort.Column.UNIT.name());
        grid.addColumn(DossierRow::creditCode).setHeader(getTranslation("unit.creditCode")).setKey("creditCode")
                .setAutoWidth(true);
        grid.addColumn(DossierRow::name).setHeader(getTranslation("selfCheck.name")).setKey("name").setFlexGrow(1)
                .setSortProperty(DossierSort.Column.NAME.name());
        grid.addColumn(r -> getTranslation(r.kind().messageKey())).setHeader(getTranslation("selfCheck.kind"))
                .setKey("kind").setSortProperty(DossierSort.Column.KIND.name());
        grid.addColumn(r -> getTranslation(r.status().messageKey())).setHeader(getTranslation("account.status"))
                .setKey("status").setSortProperty(DossierSort.Column.STATUS.name());
        grid.addColumn(r -> Formats.dateTime(r.lastSubmittedAt())).setHeader(getTranslation("dossier.submittedAt"))
                .setKey("submittedAt").setSortProperty(DossierSort.Column.SUBMITTED.name());
        grid.addColumn(r -> waiting(r) ? WaitingTime.daysSince(r.lastSubmittedAt(), LocalDate.now(clock)) : "")
                .setHeader(getTranslation("list.daysWaiting")).setKey("daysWaiting").setAutoWidth(true);
        grid.addColumn(r -> waiting(r) ? WaitingTime.timeLeft(this, recommendBy, LocalDate.now(clock)) : "")
                .setHeader(getTranslation("list.timeLeft")).setKey("timeLeft").setAutoWidth(true);
        grid.setPartNameGenerator(r -> waiting(r) && WaitingTime.overdue(recommendBy, LocalDate.now(clock))
                ? WaitingTime.OVERDUE_PART : null);
        grid.addColumn(DossierRow::submittedVersions).setHeader(getTranslation("dossier.versions")).setKey("versions")
                .setAutoWidth(true);
        grid.addColumn(r -> r.revisionDue() == null ? "" : Formats.date(r.revisionDue()))
                .setHeader(getTranslation("review.revisionDue")).setKey("revisionDue");
        grid.addColumn(r -> lastActions.containsKey(r.id()) ? getTranslation(lastActions.get(r.id()).messageKey()) : "")
                .setHeader(getTranslation("review.lastAction")).setKey("lastAction");
        grid.setItems(query -> {
            List<DossierRow> page = call.getValue() == null ? List.of() : dossiers.rows(state().filter(),
                    DossierListLink.sortOf(query.getSortOrders(), DossierSort.WAITING_FIRST), query.getOffset(),
                    query.getLimit());
            lastActions.putAll(recommendations.lastActions(page.stream().map(DossierRow::id).toList()));
            return positions.page(page, query.getOffset());
        }, query -> count.show(call.getValue() == null ? 0 : dossiers.count(state().filter())));
        grid.addItemClickListener(e -> open(e.getItem()));
        ListGrids.enterOpens(grid, this::open);
        grid.addSortListener(e -> remember(0));
        grid.setEmptyStateText(getTranslation("list.empty"));

        boolean district = currentUser.require().role() == Role.DISTRICT_OFFICER;
        recommendSelected.setText(getTranslation("bulk.recommend"));
        recommendSelected.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        recommendSelected.addClickListener(e -> confirmRecommend());
        returnSelected.setText(getTranslation("bulk.return"));
        returnSelected.addClickListener(e -> confirmReturn());
        exportSelected = Downloads.link(getTranslation("list.exportSelected"), "推荐审查-所选.xlsx", Downloads.XLSX,
                () -> dossiers.exportSelected(selected()));
        recommendSelected.setVisible(district);
        returnSelected.setVisible(district);
        selectionChanged();
        grid.addSelectionListener(e -> selectionChanged());

        call.addValueChangeListener(e -> refresh());
        status.addValueChangeListener(e -> refresh());
        onlyRecommended.addValueChangeListener(e -> refresh());
        documents.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        HorizontalLayout filters = new HorizontalLayout(search, call, status, onlyRecommended);
        filters.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        filters.setWrap(true);
        HorizontalLayout tools = new HorizontalLayout(count, recommendSelected, returnSelected, exportSelected,
                new ColumnChooser(grid, "district-inbox", preferences));
        tools.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.CENTER);
        tools.setWrap(true);
        add(new H2(getTranslation("nav.districtReview")), filters, deadline, documents, tools, grid);
    }

    /**
     * Without a call in the address the inbox opens on the call under review in the officer's scope; a call that is
     * not published (or not a number) is ignored as if absent.
     */
    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        QueryParameters q = event.getLocation().getQueryParameters();
        InboxState s = InboxState.parse(q);
        entering = true;
        call.choose(q, callService.now(),
                dossiers.callsWaiting(java.util.EnumSet.of(cn.kunming.kjj.carrier.dossier.DossierStatus.SUBMITTED)), dossiers.callsUnderReview());
        status.setValue(s.status());
        onlyRecommended.setValue(s.onlyRecommended());
        search.read(q);
        ListGrids.sortBy(grid, s.sort());
        entering = false;
        refresh();
        int pos = ListGrids.scrollBack(grid, q);
        if (pos > 0) {
            remember(pos);
        }
    }

    /** The inbox as it stands: what its address says and what a review page needs to follow its order. */
    InboxState state() {
        return new InboxState(call.getValue() == null ? null : call.getValue().id(), status.getValue(),
                onlyRecommended.getValue(), ListGrids.sortOf(grid), search.term());
    }

    private void open(DossierRow row) {
        remember(positions.of(row));
        getUI().ifPresent(ui -> ui.navigate(DistrictReviewView.class, row.id().value(), state().params().parameters()));
    }

    private void refresh() {
        if (entering) {
            return;
        }
        Call selected = call.getValue();
        documents.removeAll();
        lastActions.clear();
        grid.deselectAll();
        grid.getDataProvider().refreshAll();
        remember(0);
        if (selected == null) {
            deadline.setText("");
            return;
        }
        ReviewSchedule schedule = recommendations.schedule(selected.id());
        recommendBy = schedule.recommendBy();
        LocalDate today = LocalDate.now(clock);
        deadline.setText(schedule.recommendBy() == null ? getTranslation("review.noRecommendBy")
                : getTranslation("review.recommendBy", Formats.date(schedule.recommendBy()),
                ChronoUnit.DAYS.between(today, schedule.recommendBy())));
        Anchor opinion = Downloads.link(getTranslation("review.opinionDocument"), "推荐意见-" + selected.year() + ".docx",
                Downloads.DOCX, () -> recommendations.opinionDocument(selected.id()));
        documents.add(opinion);
    }

    /** A row that waits for the district (P4.3): submitted and not yet acted on. */
    private static boolean waiting(DossierRow r) {
        return r.status() == DossierStatus.SUBMITTED;
    }

    private void remember(int position) {
        if (!entering) {
            address.write(this, state().params().put("pos", position > 0 ? position : null));
        }
    }

    private List<DossierId> selected() {
        return grid.getSelectedItems().stream().map(DossierRow::id).toList();
    }

    private void selectionChanged() {
        int n = grid.getSelectedItems().size();
        recommendSelected.setEnabled(n > 0);
        returnSelected.setEnabled(n > 0);
        exportSelected.setEnabled(n > 0);
        recommendSelected.setText(getTranslation("bulk.recommend") + (n > 0 ? "（" + n + "）" : ""));
        returnSelected.setText(getTranslation("bulk.return") + (n > 0 ? "（" + n + "）" : ""));
    }

    /** 批量推荐: says how many and what it does before it does it; one opinion for all. */
    FormDialog confirmRecommend() {
        List<DossierId> ids = selected();
        TextArea opinion = opinionField();
        VerticalLayout body = new VerticalLayout(new Paragraph(getTranslation("bulk.recommendConsequence", ids.size())));
        // the rules each dossier fails are shown before it goes, and what was shown is what the service accepts
        Map<DossierId, List<String>> failing = bulk.failedRules(ids);
        RuleAcknowledgement seen = RuleAcknowledgement.none();
        if (!failing.isEmpty()) {
            Map<DossierId, DossierRow> rows = new java.util.HashMap<>();
            grid.getSelectedItems().forEach(r -> rows.put(r.id(), r));
            UnorderedList list = new UnorderedList();
            for (Map.Entry<DossierId, List<String>> e : failing.entrySet()) {
                DossierRow row = rows.get(e.getKey());
                String subject = row == null ? "#" + e.getKey() : row.unitName() + " · " + row.name();
                list.add(new ListItem(subject + "：" + String.join("、", e.getValue())));
                seen = seen.and(e.getKey(), e.getValue());
            }
            Paragraph warning = new Paragraph(getTranslation("bulk.recommendDespiteRules", failing.size()));
            warning.getStyle().set("color", "var(--lumo-error-text-color)");
            warning.addClassName("failed-rules-warning");
            body.add(warning, list);
        }
        body.add(opinion);
        body.setPadding(false);
        RuleAcknowledgement shown = seen;
        bulkDialog = new FormDialog(getTranslation("bulk.recommend"), body,
                getTranslation("bulk.recommendConfirm", ids.size()),
                () -> showOutcome(getTranslation("districtAction.RECOMMEND"),
                        bulk.recommend(ids, opinion.getValue(), shown)),
                () -> { });
        bulkDialog.setWidth("40em");
        bulkDialog.open();
        return bulkDialog;
    }

    /** 批量退回修改: the item at fault, the reason and the resubmission date, once for all selected. */
    FormDialog confirmReturn() {
        List<DossierId> ids = selected();
        ComboBox<String> item = new ComboBox<>(getTranslation("bulk.returnItem"));
        item.setItems(List.of("basic", "facts", "team", "reserveProjects", "services", "managementSystems",
                "performanceEvidence", "commitment"));
        item.setItemLabelGenerator(code -> getTranslation("section." + code));
        item.setWidthFull();
        TextArea opinion = opinionField();
        DatePicker due = DatePickers.create(getTranslation("review.revisionDue"), getLocale());
        VerticalLayout body = new VerticalLayout(new Paragraph(getTranslation("bulk.returnConsequence", ids.size())),
                item, opinion, due);
        body.setPadding(false);
        bulkDialog = new FormDialog(getTranslation("bulk.return"), body, getTranslation("bulk.returnConfirm", ids.size()),
                () -> showOutcome(getTranslation("districtAction.RETURN"), bulk.returnForRevision(ids, item.getValue(),
                        opinion.getValue(), due.getValue())), () -> { });
        bulkDialog.setWidth("40em");
        bulkDialog.open();
        return bulkDialog;
    }

    private TextArea opinionField() {
        TextArea opinion = new TextArea(getTranslation("review.opinion"));
        opinion.setWidthFull();
        opinion.setMaxLength(2000);
        return opinion;
    }

    private void showOutcome(String action, BulkOutcome outcome) {
        refresh();
        resultDialog = new BulkResultDialog(action, outcome);
        resultDialog.open();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.districtReview");
    }
}
