package cn.kunming.kjj.carrier.dossier.ui;

import cn.kunming.kjj.carrier.carrier.Carrier;
import cn.kunming.kjj.carrier.carrier.CarrierFilter;
import cn.kunming.kjj.carrier.carrier.CarrierService;
import cn.kunming.kjj.carrier.common.UnitId;
import cn.kunming.kjj.carrier.common.ui.Formats;
import cn.kunming.kjj.carrier.common.ui.ListGrids;
import cn.kunming.kjj.carrier.common.ui.PortalI18NProvider;
import cn.kunming.kjj.carrier.common.ui.RowCount;
import cn.kunming.kjj.carrier.dossier.DossierFilter;
import cn.kunming.kjj.carrier.dossier.DossierListService;
import cn.kunming.kjj.carrier.dossier.DossierRow;
import cn.kunming.kjj.carrier.dossier.DossierSort;
import cn.kunming.kjj.carrier.security.Roles;
import cn.kunming.kjj.carrier.tenant.HostUnit;
import cn.kunming.kjj.carrier.tenant.HostUnitService;
import cn.kunming.kjj.carrier.tenant.TenantService;
import cn.kunming.kjj.carrier.tenant.ui.UnitLink;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEvent;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.HasUrlParameter;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;

/**
 * A host unit's page (issue 25): who it is — name, unified social credit code, tenant, statuses — with its dossiers and
 * its carriers, each opening its record. Read in the officer's scope: a district sees only its own tenant's units, and
 * another tenant's unit is "not found", exactly as a number that names no unit.
 */
@Route(UnitLink.ROUTE)
@RolesAllowed({Roles.BUREAU_OFFICER, Roles.DISTRICT_OFFICER})
class UnitView extends VerticalLayout implements HasUrlParameter<Long>, HasDynamicTitle {

    /** More than a unit files in many years; the page says when there are more than it shows. */
    static final int SHOWN = 200;

    private final transient HostUnitService units;
    private final transient DossierListService dossiers;
    private final transient CarrierService carriers;
    private final transient TenantService tenants;
    private String title = "";
    final Grid<DossierRow> dossierGrid = new Grid<>();
    final Grid<Carrier> carrierGrid = new Grid<>();
    final RowCount dossierCount = new RowCount();
    final RowCount carrierCount = new RowCount();

    UnitView(HostUnitService units, DossierListService dossiers, CarrierService carriers, TenantService tenants) {
        this.units = units;
        this.dossiers = dossiers;
        this.carriers = carriers;
        this.tenants = tenants;
    }

    @Override
    public void setParameter(BeforeEvent event, Long id) {
        HostUnit unit = units.find(UnitId.of(id)).orElse(null);
        if (unit == null) {
            event.rerouteToError(NotFoundException.class);
            return;
        }
        title = unit.name();
        removeAll();
        String tenantName = tenants.all().stream().filter(t -> t.id().equals(unit.tenantId())).findFirst()
                .map(t -> t.displayName(PortalI18NProvider.uiIsEnglish())).orElse(unit.tenantId().value());
        add(new H2(unit.name()), new Paragraph(getTranslation("unit.creditCode") + "：" + unit.creditCode() + " · "
                + getTranslation("unit.tenant") + "：" + tenantName + " · " + getTranslation("unit.type") + "："
                + getTranslation(unit.type().messageKey()) + " · " + getTranslation("unit.registrationStatus") + "："
                + getTranslation(unit.registrationStatus().messageKey()) + " · "
                + getTranslation("unit.activationStatus") + "：" + getTranslation(unit.activationStatus().messageKey())));

        DossierFilter ofUnit = DossierFilter.none().withUnit(unit.id());
        dossierGrid.removeAllColumns();
        dossierGrid.addColumn(DossierRow::name).setHeader(getTranslation("selfCheck.name")).setFlexGrow(1);
        dossierGrid.addColumn(d -> getTranslation(d.kind().messageKey())).setHeader(getTranslation("selfCheck.kind"));
        dossierGrid.addColumn(DossierRow::industryField).setHeader(getTranslation("dossier.industryField"));
        dossierGrid.addColumn(d -> getTranslation(d.status().messageKey())).setHeader(getTranslation("account.status"));
        dossierGrid.addColumn(d -> Formats.dateTime(d.lastSavedAt())).setHeader(getTranslation("dossier.lastSaved"));
        dossierGrid.setItems(dossiers.rows(ofUnit, DossierSort.NEWEST, 0, SHOWN));
        dossierGrid.addItemClickListener(e -> open(e.getItem()));
        ListGrids.enterOpens(dossierGrid, this::open);
        dossierGrid.setEmptyStateText(getTranslation("list.empty"));
        dossierGrid.setAllRowsVisible(true);
        dossierCount.show(dossiers.count(ofUnit));

        CarrierFilter carriersOfUnit = CarrierFilter.none().withUnit(unit.id());
        carrierGrid.removeAllColumns();
        carrierGrid.addColumn(Carrier::name).setHeader(getTranslation("carrier.name")).setFlexGrow(1);
        carrierGrid.addColumn(c -> getTranslation(c.kind().messageKey())).setHeader(getTranslation("selfCheck.kind"));
        carrierGrid.addColumn(c -> Formats.date(c.approvedOn())).setHeader(getTranslation("carrier.approvedOn"));
        carrierGrid.addColumn(c -> getTranslation(c.status().messageKey())).setHeader(getTranslation("account.status"));
        carrierGrid.setItems(carriers.register(carriersOfUnit, 0, SHOWN));
        carrierGrid.addItemClickListener(e -> openCarrier(e.getItem()));
        ListGrids.enterOpens(carrierGrid, this::openCarrier);
        carrierGrid.setEmptyStateText(getTranslation("list.empty"));
        carrierGrid.setAllRowsVisible(true);
        carrierCount.show(carriers.count(carriersOfUnit));

        add(new H3(getTranslation("unit.dossiers")), dossierCount, dossierGrid,
                new H3(getTranslation("unit.carriers")), carrierCount, carrierGrid);
    }

    private void open(DossierRow row) {
        getUI().ifPresent(ui -> ui.navigate(DossierView.class, row.id().value()));
    }

    private void openCarrier(Carrier carrier) {
        getUI().ifPresent(ui -> ui.navigate("carriers/" + carrier.id().value()));
    }

    @Override
    public String getPageTitle() {
        return title.isEmpty() ? getTranslation("nav.units") : title;
    }
}
