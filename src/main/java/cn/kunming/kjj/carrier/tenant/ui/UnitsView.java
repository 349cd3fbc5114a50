package cn.kunming.kjj.carrier.tenant.ui;

import cn.kunming.kjj.carrier.common.ui.ListAddress;
import cn.kunming.kjj.carrier.common.SearchTerm;
import cn.kunming.kjj.carrier.common.ui.ListGrids;
import cn.kunming.kjj.carrier.common.ui.ListSearch;
import cn.kunming.kjj.carrier.common.ui.PortalI18NProvider;
import cn.kunming.kjj.carrier.common.ui.QueryParams;
import cn.kunming.kjj.carrier.common.ui.RowCount;
import cn.kunming.kjj.carrier.common.ui.RowPositions;
import cn.kunming.kjj.carrier.preference.ListPreferenceService;
import cn.kunming.kjj.carrier.preference.ui.ColumnChooser;
import cn.kunming.kjj.carrier.security.Roles;
import cn.kunming.kjj.carrier.tenant.HostUnit;
import cn.kunming.kjj.carrier.tenant.HostUnitService;
import cn.kunming.kjj.carrier.tenant.TenantService;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;

import java.util.Map;
import java.util.stream.Collectors;

/**
 * Host units in the officer's scope: the bureau sees all tenants, a district only its own. The search text and the
 * position stay in the address (issue 25); a unit opens its page with its dossiers and carriers.
 */
@Route(UnitLink.ROUTE)
@Menu(title = "nav.units", order = 20, icon = "vaadin:building")
@RolesAllowed({Roles.BUREAU_OFFICER, Roles.DISTRICT_OFFICER})
class UnitsView extends VerticalLayout implements HasDynamicTitle, BeforeEnterObserver {

    final Grid<HostUnit> grid = new Grid<>();
    final ListSearch search = new ListSearch("unit.search", this::searched);
    final RowCount count = new RowCount();
    final ListAddress address = new ListAddress(UnitLink.ROUTE);
    private final RowPositions<HostUnit> positions = new RowPositions<>(HostUnit::id);

    UnitsView(HostUnitService units, TenantService tenants, ListPreferenceService preferences) {
        setSizeFull();
        Map<String, String> tenantNames = tenants.all().stream()
                .collect(Collectors.toMap(t -> t.id().value(), t -> t.displayName(PortalI18NProvider.uiIsEnglish())));
        grid.addColumn(HostUnit::name).setHeader(getTranslation("unit.name")).setKey("name").setAutoWidth(true)
                .setFlexGrow(1);
        grid.addColumn(HostUnit::creditCode).setHeader(getTranslation("unit.creditCode")).setKey("creditCode")
                .setAutoWidth(true);
        grid.addColumn(u -> getTranslation(u.type().messageKey())).setHeader(getTranslation("unit.type")).setKey("type");
        grid.addColumn(u -> tenantNames.getOrDefault(u.tenantId().value(), u.tenantId().value()))
                .setHeader(getTranslation("unit.tenant")).setKey("tenant").setAutoWidth(true);
        grid.addColumn(u -> getTranslation(u.registrationStatus().messageKey()))
                .setHeader(getTranslation("unit.registrationStatus")).setKey("registration");
        grid.addColumn(u -> getTranslation(u.activationStatus().messageKey()))
                .setHeader(getTranslation("unit.activationStatus")).setKey("activation");
        grid.setItems(query -> positions.page(units.find(SearchTerm.textOf(search.term()), query.getOffset(), query.getLimit()),
                query.getOffset()), query -> count.show(units.count(SearchTerm.textOf(search.term()))));
        grid.setEmptyStateText(getTranslation("list.empty"));
        grid.addItemClickListener(e -> open(e.getItem()));
        ListGrids.enterOpens(grid, this::open);

        HorizontalLayout tools = new HorizontalLayout(search, count, new ColumnChooser(grid, "units", preferences));
        tools.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.CENTER);
        add(new H2(getTranslation("nav.units")), tools, grid);
    }

    private void searched() {
        grid.getDataProvider().refreshAll();
        remember(0);
    }

    private void open(HostUnit unit) {
        remember(positions.of(unit));
        getUI().ifPresent(ui -> ui.navigate(UnitLink.of(unit.id())));
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        QueryParameters q = event.getLocation().getQueryParameters();
        search.read(q);
        grid.getDataProvider().refreshAll();
        remember(ListGrids.scrollBack(grid, q));
    }

    private void remember(int position) {
        address.write(this, search.into(new QueryParams()).put("pos", position > 0 ? position : null));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.units");
    }
}
