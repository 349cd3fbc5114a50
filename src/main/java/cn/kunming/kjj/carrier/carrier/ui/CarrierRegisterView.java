package cn.kunming.kjj.carrier.carrier.ui;

import cn.kunming.kjj.carrier.common.PortalException;
import cn.kunming.kjj.carrier.carrier.Carrier;
import cn.kunming.kjj.carrier.carrier.CarrierFilter;
import cn.kunming.kjj.carrier.carrier.CarrierService;
import cn.kunming.kjj.carrier.carrier.CarrierStatus;
import cn.kunming.kjj.carrier.carrier.SubsidyState;
import cn.kunming.kjj.carrier.common.CarrierKind;
import cn.kunming.kjj.carrier.common.ui.Downloads;
import cn.kunming.kjj.carrier.common.ui.Formats;
import cn.kunming.kjj.carrier.common.ui.ListAddress;
import cn.kunming.kjj.carrier.common.ui.ListGrids;
import cn.kunming.kjj.carrier.common.ui.ListSearch;
import cn.kunming.kjj.carrier.common.ui.QueryParams;
import cn.kunming.kjj.carrier.common.ui.RowCount;
import cn.kunming.kjj.carrier.common.ui.RowPositions;
import cn.kunming.kjj.carrier.preference.ListPreferenceService;
import cn.kunming.kjj.carrier.preference.ui.ColumnChooser;
import cn.kunming.kjj.carrier.tenant.ui.UnitLink;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.router.QueryParameters;
import org.jspecify.annotations.Nullable;
import java.util.List;
import cn.kunming.kjj.carrier.security.CurrentUser;
import cn.kunming.kjj.carrier.security.Role;
import cn.kunming.kjj.carrier.security.Roles;
import cn.kunming.kjj.carrier.tenant.Tenant;
import cn.kunming.kjj.carrier.tenant.TenantService;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;

import java.util.Map;
import java.util.stream.Collectors;

/**
 * The carrier register (P4.5) in the reader's scope, searched by name, unit, credit code or number, filtered by kind, status, field (a choice of the fields held),
 * tenant and year; the filters and position kept in the address (issue 25), the rows counted, all or the selected ones
 * to Excel; a unit opens its own page.
 */
@Route("carriers")
@Menu(title = "nav.carriers", order = 36, icon = "vaadin:records")
@RolesAllowed({Roles.BUREAU_OFFICER, Roles.DISTRICT_OFFICER, Roles.APPLICANT})
class CarrierRegisterView extends VerticalLayout implements HasDynamicTitle, BeforeEnterObserver {

    private final transient CarrierService carriers;
    private final java.util.List<Tenant> tenants;
    final Select<CarrierKind> kind = new Select<>();
    final Select<CarrierStatus> status = new Select<>();
    final ComboBox<String> field = new ComboBox<>();
    final ComboBox<Tenant> tenant = new ComboBox<>();
    final IntegerField year = new IntegerField();
    final Select<SubsidyState> subsidy = new Select<>();
    final ListSearch search = new ListSearch("list.searchCarriers", this::refresh);
    private final List<String> fields;
    private boolean entering;
    final Grid<Carrier> grid = new Grid<>();
    final HorizontalLayout export = new HorizontalLayout();
    final Anchor exportSelected;
    final RowCount count = new RowCount();
    final ColumnChooser columns;
    final ListAddress address = new ListAddress(CarrierListLink.ROUTE);
    private final RowPositions<Carrier> positions = new RowPositions<>(Carrier::id);
    private final Grid.Column<Carrier> unitColumn;
    /** Officers open a unit's page from its name; an applicant has its own unit's page elsewhere. */
    private final boolean officer;

    CarrierRegisterView(CarrierService carriers, TenantService tenants, CurrentUser currentUser,
                        ListPreferenceService preferences) {
        this.carriers = carriers;
        this.officer = currentUser.require().role() != Role.APPLICANT;
        setSizeFull();
        Map<String, String> tenantNames = tenants.all().stream().collect(Collectors.toMap(t -> t.id().value(), Tenant::name));
        kind.setLabel(getTranslation("selfCheck.kind"));
        kind.setItems(CarrierKind.values());
        kind.setEmptySelectionAllowed(true);
        kind.setItemLabelGenerator(k -> k == null ? getTranslation("filter.all") : getTranslation(k.messageKey()));
        status.setLabel(getTranslation("account.status"));
        status.setItems(CarrierStatus.values());
        status.setEmptySelectionAllowed(true);
        status.setItemLabelGenerator(s -> s == null ? getTranslation("filter.all") : getTranslation(s.messageKey()));
        field.setLabel(getTranslation("dossier.industryField"));
        fields = carriers.fields();
        field.setItems(fields);
        field.setClearButtonVisible(true);
        field.setPlaceholder(getTranslation("filter.all"));
        tenant.setLabel(getTranslation("unit.tenant"));
        this.tenants = tenants.all();
        tenant.setItems(this.tenants.stream().filter(t -> !t.industryAuthority()).toList());
        tenant.setItemLabelGenerator(Tenant::name);
        tenant.setClearButtonVisible(true);
        tenant.setVisible(currentUser.require().role() == Role.BUREAU_OFFICER);
        year.setLabel(getTranslation("carrier.year"));
        year.setClearButtonVisible(true);
        year.setMin(1900);
        year.setMax(9999);
        subsidy.setLabel(getTranslation("subsidyState.label"));
        subsidy.setItems(SubsidyState.values());
        subsidy.setEmptySelectionAllowed(true);
        subsidy.setItemLabelGenerator(s -> s == null ? getTranslation("filter.all") : getTranslation(s.messageKey()));
        subsidy.setVisible(currentUser.require().role() != Role.APPLICANT);
        subsidy.addValueChangeListener(e -> refresh());
        kind.addValueChangeListener(e -> refresh());
        status.addValueChangeListener(e -> refresh());
        field.addValueChangeListener(e -> refresh());
        tenant.addValueChangeListener(e -> refresh());
        year.addValueChangeListener(e -> refresh());

        ListGrids.selectable(grid);
        grid.addColumn(Carrier::name).setHeader(getTranslation("carrier.name")).setKey("name").setFlexGrow(2);
        grid.addColumn(c -> getTranslation(c.kind().messageKey())).setHeader(getTranslation("selfCheck.kind"))
                .setKey("kind");
        unitColumn = grid.addColumn(Carrier::unitName).setHeader(getTranslation("unit.name")).setKey("unit")
                .setFlexGrow(1).setPartNameGenerator(c -> "opens-unit");
        grid.addColumn(Carrier::creditCode).setHeader(getTranslation("unit.creditCode")).setKey("creditCode")
                .setAutoWidth(true);
        grid.addColumn(c -> tenantNames.getOrDefault(c.tenantId().value(), "")).setHeader(getTranslation("unit.tenant"))
                .setKey("tenant");
        grid.addColumn(Carrier::industryField).setHeader(getTranslation("dossier.industryField")).setKey("field");
        grid.addColumn(c -> Formats.date(c.approvedOn())).setHeader(getTranslation("carrier.approvedOn"))
                .setKey("approvedOn");
        grid.addColumn(Carrier::documentNumber).setHeader(getTranslation("carrier.documentNumber")).setKey("document")
                .setAutoWidth(true);
        grid.addColumn(c -> getTranslation(c.status().messageKey())).setHeader(getTranslation("account.status"))
                .setKey("status");
        grid.setEmptyStateText(getTranslation("list.empty"));
        grid.addItemClickListener(e -> open(e.getItem(), e.getColumn()));
        ListGrids.enterOpens(grid, this::open);
        exportSelected = Downloads.link(getTranslation("list.exportSelected"), "载体名录-所选.xlsx", Downloads.XLSX,
                () -> carriers.exportSelected(grid.getSelectedItems().stream().map(Carrier::id).toList()));
        exportSelected.setEnabled(false);
        grid.addSelectionListener(e -> exportSelected.setEnabled(!e.getAllSelectedItems().isEmpty()));
        columns = new ColumnChooser(grid, "carriers", preferences);
        HorizontalLayout filters = new HorizontalLayout(search, kind, status, field, tenant, year, subsidy);
        filters.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        filters.setWrap(true);
        HorizontalLayout tools = new HorizontalLayout(count, export, exportSelected, columns);
        tools.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.CENTER);
        add(new H2(getTranslation("nav.carriers")), filters, tools, grid);
    }

    /** A click (or Enter) on the unit opens the unit's page, anywhere else the carrier's file. */
    private void open(Carrier row, Grid.@Nullable Column<Carrier> column) {
        remember(positions.of(row));
        if (column == unitColumn && officer) {
            getUI().ifPresent(ui -> ui.navigate(UnitLink.of(row.unitId())));
        } else {
            getUI().ifPresent(ui -> ui.navigate(CarrierFileView.class, row.id().value()));
        }
    }

    CarrierFilter filter() {
        // a field is chosen from those the register holds, so it is matched whole
        return new CarrierFilter(kind.getValue(), status.getValue(), field.getValue(),
                tenant.getValue() == null ? null : tenant.getValue().id(), year.getValue(), subsidy.getValue(),
                true).withText(search.term());
    }

    /**
     * A link with filters (from a dashboard figure) opens the register filtered so, as does the register's own address
     * after Back from a carrier; what does not parse or names no choice is ignored.
     */
    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        QueryParameters q = event.getLocation().getQueryParameters();
        CarrierFilter f = CarrierListLink.parse(q);
        entering = true;
        kind.setValue(f.kind());
        status.setValue(f.status());
        field.setValue(fields.contains(f.field()) ? f.field() : null);
        tenant.setValue(f.tenant() == null || !tenant.isVisible() ? null : tenants.stream()
                .filter(t -> t.id().equals(f.tenant())).findFirst().orElse(null));
        year.setValue(f.year());
        subsidy.setValue(subsidy.isVisible() ? f.subsidy() : null);
        search.read(q);
        entering = false;
        refresh();
        int pos = ListGrids.scrollBack(grid, q);
        if (pos > 0) {
            remember(pos);
        }
    }

    void refresh() {
        if (entering) {
            return;
        }
        CarrierFilter filter;
        try {
            filter = filter();
        } catch (PortalException refused) {
            // a year no list can hold stays beside its field; the list shows what it showed
            year.setErrorMessage(getTranslation(refused.messageKey(), refused.args()));
            year.setInvalid(true);
            return;
        }
        // lazy: the session keeps no list, each page of 50 is read by the database
        grid.setItems(q -> positions.page(carriers.register(filter, q.getOffset(), q.getLimit()), q.getOffset()),
                q -> count.show(carriers.count(filter)));
        remember(0);
        export.removeAll();
        export.add(Downloads.link(getTranslation("carrier.export"), "载体名录.xlsx", Downloads.XLSX,
                () -> carriers.export(filter)));
    }

    private void remember(int position) {
        CarrierFilter f;
        try {
            f = filter();
        } catch (PortalException refused) {
            return;
        }
        address.write(this, CarrierListLink.state(f).put("pos", position > 0 ? position : null));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.carriers");
    }
}
