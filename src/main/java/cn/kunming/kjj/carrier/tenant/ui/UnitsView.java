package cn.kunming.kjj.carrier.tenant.ui;

import cn.kunming.kjj.carrier.common.ui.PortalI18NProvider;
import cn.kunming.kjj.carrier.security.Roles;
import cn.kunming.kjj.carrier.tenant.HostUnit;
import cn.kunming.kjj.carrier.tenant.HostUnitService;
import cn.kunming.kjj.carrier.tenant.TenantService;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;

import java.util.Map;
import java.util.stream.Collectors;

/** Host units in the officer's scope: the bureau sees all tenants, a district only its own. */
@Route("units")
@Menu(title = "nav.units", order = 20, icon = "vaadin:building")
@RolesAllowed({Roles.BUREAU_OFFICER, Roles.DISTRICT_OFFICER})
class UnitsView extends VerticalLayout implements HasDynamicTitle {

    final Grid<HostUnit> grid = new Grid<>();
    final TextField search = new TextField();

    UnitsView(HostUnitService units, TenantService tenants) {
        setSizeFull();
        Map<String, String> tenantNames = tenants.all().stream()
                .collect(Collectors.toMap(t -> t.id().value(), t -> t.displayName(PortalI18NProvider.uiIsEnglish())));
        grid.addColumn(HostUnit::name).setHeader(getTranslation("unit.name")).setAutoWidth(true).setFlexGrow(1);
        grid.addColumn(HostUnit::creditCode).setHeader(getTranslation("unit.creditCode")).setAutoWidth(true);
        grid.addColumn(u -> getTranslation(u.type().messageKey())).setHeader(getTranslation("unit.type"));
        grid.addColumn(u -> tenantNames.getOrDefault(u.tenantId().value(), u.tenantId().value()))
                .setHeader(getTranslation("unit.tenant")).setAutoWidth(true);
        grid.addColumn(u -> getTranslation(u.registrationStatus().messageKey()))
                .setHeader(getTranslation("unit.registrationStatus"));
        grid.addColumn(u -> getTranslation(u.activationStatus().messageKey()))
                .setHeader(getTranslation("unit.activationStatus"));
        grid.setItems(query -> units.find(search.getValue(), query.getOffset(), query.getLimit()).stream(),
                query -> units.count(search.getValue()));
        grid.setEmptyStateText(getTranslation("list.empty"));

        search.setPlaceholder(getTranslation("unit.search"));
        search.setPrefixComponent(VaadinIcon.SEARCH.create());
        search.setClearButtonVisible(true);
        search.setValueChangeMode(ValueChangeMode.LAZY);
        search.addValueChangeListener(e -> grid.getDataProvider().refreshAll());
        add(new H2(getTranslation("nav.units")), search, grid);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.units");
    }
}
