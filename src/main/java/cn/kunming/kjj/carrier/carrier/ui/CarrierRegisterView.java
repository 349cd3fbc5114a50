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
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;

import java.util.Map;
import java.util.stream.Collectors;

/** The carrier register (P4.5) in the reader's scope, filtered by kind, status, field, tenant and year; to Excel. */
@Route("carriers")
@Menu(title = "nav.carriers", order = 36, icon = "vaadin:records")
@RolesAllowed({Roles.BUREAU_OFFICER, Roles.DISTRICT_OFFICER, Roles.APPLICANT})
class CarrierRegisterView extends VerticalLayout implements HasDynamicTitle, BeforeEnterObserver {

    private final transient CarrierService carriers;
    private final java.util.List<Tenant> tenants;
    final Select<CarrierKind> kind = new Select<>();
    final Select<CarrierStatus> status = new Select<>();
    final TextField field = new TextField();
    final ComboBox<Tenant> tenant = new ComboBox<>();
    final IntegerField year = new IntegerField();
    final Select<SubsidyState> subsidy = new Select<>();
    /** Set by a dashboard link: the field is matched whole until the reader edits it. */
    private boolean exactField;
    private boolean entering;
    final Grid<Carrier> grid = new Grid<>();
    final HorizontalLayout export = new HorizontalLayout();

    CarrierRegisterView(CarrierService carriers, TenantService tenants, CurrentUser currentUser) {
        this.carriers = carriers;
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
        field.setValueChangeMode(ValueChangeMode.LAZY);
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
        field.addValueChangeListener(e -> {
            if (e.isFromClient()) {
                exactField = false;
            }
            refresh();
        });
        tenant.addValueChangeListener(e -> refresh());
        year.addValueChangeListener(e -> refresh());

        grid.addColumn(Carrier::name).setHeader(getTranslation("carrier.name")).setFlexGrow(2);
        grid.addColumn(c -> getTranslation(c.kind().messageKey())).setHeader(getTranslation("selfCheck.kind"));
        grid.addColumn(Carrier::unitName).setHeader(getTranslation("unit.name")).setFlexGrow(1);
        grid.addColumn(c -> tenantNames.getOrDefault(c.tenantId().value(), "")).setHeader(getTranslation("unit.tenant"));
        grid.addColumn(Carrier::industryField).setHeader(getTranslation("dossier.industryField"));
        grid.addColumn(c -> Formats.date(c.approvedOn())).setHeader(getTranslation("carrier.approvedOn"));
        grid.addColumn(Carrier::documentNumber).setHeader(getTranslation("carrier.documentNumber")).setAutoWidth(true);
        grid.addColumn(c -> getTranslation(c.status().messageKey())).setHeader(getTranslation("account.status"));
        grid.setEmptyStateText(getTranslation("list.empty"));
        grid.addItemClickListener(e -> getUI().ifPresent(ui -> ui.navigate(CarrierFileView.class, e.getItem().id().value())));
        HorizontalLayout filters = new HorizontalLayout(kind, status, field, tenant, year, subsidy, export);
        filters.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        filters.setWrap(true);
        add(new H2(getTranslation("nav.carriers")), filters, grid);
    }

    CarrierFilter filter() {
        return new CarrierFilter(kind.getValue(), status.getValue(), field.getValue(),
                tenant.getValue() == null ? null : tenant.getValue().id(), year.getValue(), subsidy.getValue(),
                exactField);
    }

    /** A link with filters (from a dashboard figure) opens the register filtered so. */
    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        CarrierFilter f = CarrierListLink.parse(event.getLocation().getQueryParameters());
        entering = true;
        kind.setValue(f.kind());
        status.setValue(f.status());
        field.setValue(f.field() == null ? "" : f.field());
        exactField = f.exactField();
        tenant.setValue(f.tenant() == null || !tenant.isVisible() ? null : tenants.stream()
                .filter(t -> t.id().equals(f.tenant())).findFirst().orElse(null));
        year.setValue(f.year());
        subsidy.setValue(f.subsidy());
        entering = false;
        refresh();
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
        grid.setItems(q -> carriers.register(filter, q.getOffset(), q.getLimit()).stream(), q -> carriers.count(filter));
        export.removeAll();
        export.add(Downloads.link(getTranslation("carrier.export"), "载体名录.xlsx", Downloads.XLSX,
                () -> carriers.export(filter)));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.carriers");
    }
}
