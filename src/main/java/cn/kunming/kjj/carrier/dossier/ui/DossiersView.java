package cn.kunming.kjj.carrier.dossier.ui;

import cn.kunming.kjj.carrier.common.CallId;
import cn.kunming.kjj.carrier.call.Call;
import cn.kunming.kjj.carrier.call.CallService;
import cn.kunming.kjj.carrier.call.CurrentCall;
import cn.kunming.kjj.carrier.common.ui.BackgroundExport;
import cn.kunming.kjj.carrier.common.ui.Downloads;
import cn.kunming.kjj.carrier.common.ui.ListAddress;
import cn.kunming.kjj.carrier.common.ui.ListGrids;
import cn.kunming.kjj.carrier.common.ui.ListSearch;
import cn.kunming.kjj.carrier.common.ui.QueryParams;
import cn.kunming.kjj.carrier.common.ui.RowCount;
import cn.kunming.kjj.carrier.common.ui.RowPositions;
import cn.kunming.kjj.carrier.preference.ListPreferenceService;
import cn.kunming.kjj.carrier.preference.ui.ColumnChooser;
import com.vaadin.flow.component.html.Anchor;
import cn.kunming.kjj.carrier.common.ui.Formats;
import cn.kunming.kjj.carrier.dossier.DossierRow;
import cn.kunming.kjj.carrier.dossier.DossierSort;
import cn.kunming.kjj.carrier.dossier.DossierFilter;
import cn.kunming.kjj.carrier.dossier.DossierListService;
import cn.kunming.kjj.carrier.security.CurrentUser;
import cn.kunming.kjj.carrier.security.Role;
import cn.kunming.kjj.carrier.security.Roles;
import cn.kunming.kjj.carrier.tenant.TenantService;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.data.provider.QuerySortOrder;
import com.vaadin.flow.data.provider.SortDirection;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import org.jspecify.annotations.Nullable;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The dossiers in the officer's scope (the bureau all tenants, a district its own), searched by name, unit, credit code
 * or number, and filtered by call, stage reached, present status, kind, tenant, field and year. The list keeps its filters, sort and position in its address, so that
 * a dashboard figure opens exactly its list and Back from a dossier returns to it (issue 25); it opens on the call under
 * review when nothing is chosen, says how many rows it has, and exports all rows or the selected ones.
 */
@Route(DossierListLink.ROUTE)
@Menu(title = "nav.dossiers", order = 25, icon = "vaadin:folder-open-o")
@RolesAllowed({Roles.BUREAU_OFFICER, Roles.DISTRICT_OFFICER})
class DossiersView extends VerticalLayout implements HasDynamicTitle, BeforeEnterObserver {

    static final String LIST_KEY = "dossiers";

    private final transient DossierListService dossiers;
    private final transient CallService callService;
    private final transient TenantService tenants;
    private final boolean choosesTenant;
    private final List<CallChoice> calls;
    final ComboBox<CallChoice> call = new ComboBox<>();
    private @Nullable MoreDossierFilters more;
    final Button moreFilters = new Button();
    private final HorizontalLayout filters;
    final ListSearch search = new ListSearch("list.searchDossiers", this::refresh);
    final Grid<DossierRow> grid = new Grid<>();
    final RowCount count = new RowCount();
    final BackgroundExport export;
    final Anchor exportSelected;
    final ColumnChooser columns;
    final ListAddress address = new ListAddress(DossierListLink.ROUTE);
    private final RowPositions<DossierRow> positions = new RowPositions<>(DossierRow::id);
    private final Grid.Column<DossierRow> unitColumn;
    /** The call column exists while the list shows more than one call: a chosen call is in the box above the list. */
    private Grid.@Nullable Column<DossierRow> callColumn;
    private final com.vaadin.flow.function.ValueProvider<DossierRow, String> callTitle;
    private boolean entering;

    DossiersView(DossierListService dossiers, CallService calls, TenantService tenants, CurrentUser currentUser,
                 ListPreferenceService preferences) {
        this.dossiers = dossiers;
        this.callService = calls;
        this.tenants = tenants;
        this.calls = calls.published().stream().map(CallChoice::of).toList();
        this.choosesTenant = currentUser.require().role() == Role.BUREAU_OFFICER;
        setSizeFull();
        Map<CallId, String> callTitles = this.calls.stream().collect(Collectors.toMap(CallChoice::id, CallChoice::title));
        call.setLabel(getTranslation("dossier.call"));
        call.setItems(this.calls);
        call.setItemLabelGenerator(c -> c.year() + " · " + c.title());
        call.setClearButtonVisible(true);
        call.setPlaceholder(getTranslation("filter.all"));
        call.setWidth("24em");
        call.addValueChangeListener(e -> {
            callColumn();
            refresh();
        });
        moreFilters.setText(getTranslation("filter.more"));
        moreFilters.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        moreFilters.addClickListener(e -> more());

        ListGrids.selectable(grid);
        unitColumn = grid.addColumn(DossierRow::unitName).setHeader(getTranslation("unit.name")).setKey("unit")
                .setFlexGrow(1).setSortProperty(DossierSort.Column.UNIT.name()).setPartNameGenerator(r -> "opens-unit");
        grid.addColumn(DossierRow::creditCode).setHeader(getTranslation("unit.creditCode")).setKey("creditCode")
                .setAutoWidth(true);
        grid.addColumn(DossierRow::name).setHeader(getTranslation("selfCheck.name")).setKey("name").setFlexGrow(1)
                .setSortProperty(DossierSort.Column.NAME.name());
        grid.addColumn(d -> getTranslation(d.kind().messageKey())).setHeader(getTranslation("selfCheck.kind"))
                .setKey("kind").setSortProperty(DossierSort.Column.KIND.name());
        if (choosesTenant) {
            // a district's list holds its own tenant's dossiers only: the column would repeat its name on every row
            Map<String, String> tenantNames = tenants.all().stream()
                    .collect(Collectors.toMap(t -> t.id().value(), cn.kunming.kjj.carrier.tenant.Tenant::name));
            grid.addColumn(d -> tenantNames.getOrDefault(d.tenantId().value(), ""))
                    .setHeader(getTranslation("unit.tenant")).setKey("tenant")
                    .setSortProperty(DossierSort.Column.TENANT.name());
        }
        grid.addColumn(DossierRow::industryField).setHeader(getTranslation("dossier.industryField")).setKey("field")
                .setSortProperty(DossierSort.Column.FIELD.name());
        callTitle = d -> callTitles.getOrDefault(d.callId(), "");
        grid.addColumn(d -> getTranslation(d.status().messageKey())).setHeader(getTranslation("account.status"))
                .setKey("status").setSortProperty(DossierSort.Column.STATUS.name());
        grid.addColumn(d -> Formats.dateTime(d.lastSavedAt())).setHeader(getTranslation("dossier.lastSaved"))
                .setKey("lastSaved").setSortProperty(DossierSort.Column.LAST_SAVED.name());
        grid.addColumn(DossierRow::submittedVersions).setHeader(getTranslation("dossier.versions")).setKey("versions");
        // lazy: each page is read and sorted by the database; the session keeps no list. A page of 25 is about one
        // screen: the grid asks for the next as the reader scrolls, and a session that only looks holds half of 50 rows
        grid.setPageSize(25);
        grid.setItems(query -> positions.page(dossiers.rows(filter(), sort(query.getSortOrders()), query.getOffset(),
                query.getLimit()), query.getOffset()), query -> count.show(dossiers.count(filter())));
        grid.addItemClickListener(e -> open(e.getItem(), e.getColumn()));
        ListGrids.enterOpens(grid, this::open);
        grid.addSortListener(e -> remember());
        grid.setEmptyStateText(getTranslation("list.empty"));
        export = new BackgroundExport("申报材料.xlsx", getTranslation("carrier.export"), () -> {
            DossierFilter shown = filter();
            DossierSort order = sort(grid.getSortOrder().stream()
                    .flatMap(o -> o.getSorted().getSortOrder(o.getDirection())).toList());
            return progress -> dossiers.export(shown, order, progress);
        });
        exportSelected = Downloads.link(getTranslation("list.exportSelected"), "申报材料-所选.xlsx", Downloads.XLSX,
                () -> dossiers.exportSelected(grid.getSelectedItems().stream().map(DossierRow::id).toList()));
        exportSelected.setEnabled(false);
        grid.addSelectionListener(e -> exportSelected.setEnabled(!e.getAllSelectedItems().isEmpty()));
        Anchor zip = Downloads.streamed(getTranslation("dossier.recommendedZip"), "推荐材料附件.zip", Downloads.ZIP,
                out -> dossiers.writeRecommendedZip(call.getValue() == null ? CallId.of(-1) : call.getValue().id(), out));
        zip.getElement().setAttribute("title", getTranslation("dossier.recommendedZipHelp"));
        zip.setEnabled(call.getValue() != null);
        call.addValueChangeListener(e -> zip.setEnabled(e.getValue() != null));
        columns = new ColumnChooser(grid, LIST_KEY, preferences);
        filters = new HorizontalLayout(search, call, moreFilters);
        filters.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        filters.setWrap(true);
        HorizontalLayout tools = new HorizontalLayout(count, export, exportSelected, zip, columns);
        tools.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.CENTER);
        tools.setWrap(true);
        add(new H2(getTranslation("nav.dossiers")), filters, tools, grid);
    }

    /**
     * Adds the call column, in its place before the status, when the list shows every call, and removes it when it
     * shows one: each grid column is about 6 KB of a session (issue 27), and the default list is one call's.
     */
    private void callColumn() {
        boolean wanted = call.getValue() == null;
        Grid.Column<DossierRow> shown = callColumn;
        if (wanted && shown == null) {
            Grid.Column<DossierRow> added = grid.addColumn(callTitle).setHeader(getTranslation("dossier.call"))
                    .setKey("call");
            List<Grid.Column<DossierRow>> order = new java.util.ArrayList<>(grid.getColumns());
            order.remove(added);
            order.add(order.indexOf(grid.getColumnByKey("status")), added);
            grid.setColumnOrder(order);
            callColumn = added;
            columns.columnsChanged(added);
        } else if (!wanted && shown != null) {
            grid.removeColumn(shown);
            callColumn = null;
            columns.columnsChanged(null);
        }
    }

    DossierFilter filter() {
        DossierFilter f = new DossierFilter(call.getValue() == null ? null : call.getValue().id(), java.util.Set.of(),
                null, null, null, null, null, null, search.term());
        return more == null ? f : more.narrow(f);
    }

    /** The less used filters, made and shown in the bar the first time they are wanted. */
    MoreDossierFilters more() {
        MoreDossierFilters made = more;
        if (made == null) {
            // only the bureau chooses a tenant; a district's page does not carry the field
            made = new MoreDossierFilters(this::getTranslation,
                    choosesTenant ? tenants.all().stream().filter(t -> !t.industryAuthority()).toList() : List.of(),
                    dossiers.fields(), this::refresh);
            more = made;
            filters.remove(moreFilters);
            filters.add(made.inputs());
        }
        return made;
    }

    /** A click (or Enter) on the unit opens the unit, anywhere else the dossier; the list's position goes along. */
    private void open(DossierRow row, Grid.@org.jspecify.annotations.Nullable Column<DossierRow> column) {
        remember(positions.of(row));
        if (column == unitColumn) {
            getUI().ifPresent(ui -> ui.navigate(UnitView.class, row.unitId().value()));
        } else {
            getUI().ifPresent(ui -> ui.navigate(DossierView.class, row.id().value()));
        }
    }

    /**
     * Without parameters the list opens on the call under review in the reader's scope; with them, exactly the list
     * they describe ({@code call=all}: every call). What does not parse, or names nothing the reader has, is ignored.
     */
    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        QueryParameters q = event.getLocation().getQueryParameters();
        // a link from a figure names its filters and means every call unless it names one; the list's own address
        // always names its call
        boolean linked = q.getParameters().keySet().stream().anyMatch(k -> !k.equals("pos") && !k.equals("sort"));
        DossierFilter f = DossierListLink.parse(q);
        entering = true;
        CallChoice chosen = calls.stream().filter(c -> c.id().equals(f.callId())).findFirst().orElse(null);
        boolean allCalls = "all".equals(QueryParams.read(q, "call", s -> s));
        if (chosen == null && !allCalls && !linked) {
            chosen = CurrentCall.among(callService.published(), callService.now(), dossiers.callsUnderReview())
                    .map(CallChoice::of).orElse(null);
        }
        call.setValue(chosen);
        callColumn();
        if (more != null || MoreDossierFilters.named(f, choosesTenant)) {
            more().show(f);
        }
        search.read(q);
        ListGrids.sortBy(grid, QueryParams.read(q, "sort", s -> s));
        entering = false;
        refresh();
        int pos = ListGrids.scrollBack(grid, q);
        if (pos > 0) {
            remember(pos);
        }
    }

    void refresh() {
        if (!entering) {
            grid.getDataProvider().refreshAll();
            remember();
        }
    }

    private void remember() {
        remember(0);
    }

    private void remember(int position) {
        address.write(this, state().put("pos", position > 0 ? position : null));
    }

    /** The list's state as its address says it. */
    QueryParams state() {
        DossierFilter f = filter();
        return search.into(new QueryParams()).put("call", f.callId() == null ? "all" : f.callId()).put("stage", f.stage())
                .put("status", f.status()).put("kind", f.kind())
                .put("tenant", f.tenant() == null ? null : f.tenant().value()).put("field", f.field())
                .put("year", f.year()).put("sort", ListGrids.sortOf(grid));
    }

    /** The grid's first sort order as the list's order; the list's own order when the reader has not sorted. */
    static DossierSort sort(List<QuerySortOrder> orders) {
        return DossierListLink.sortOf(orders, DossierSort.NEWEST);
    }

    /**
     * A published call as the list shows it: the session keeps these three fields of each, not the calls' texts and
     * required attachments (issue 27).
     */
    record CallChoice(CallId id, int year, String title) {
        static CallChoice of(Call call) {
            return new CallChoice(call.id(), call.year(), call.title());
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.dossiers");
    }
}
