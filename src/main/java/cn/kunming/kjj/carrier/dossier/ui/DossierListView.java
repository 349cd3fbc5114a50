package cn.kunming.kjj.carrier.dossier.ui;

import cn.kunming.kjj.carrier.call.ui.CallSelect;
import cn.kunming.kjj.carrier.call.CallService;
import cn.kunming.kjj.carrier.common.ui.Formats;
import cn.kunming.kjj.carrier.dossier.Dossier;
import cn.kunming.kjj.carrier.dossier.DossierService;
import cn.kunming.kjj.carrier.security.Roles;
import cn.kunming.kjj.carrier.tenant.TenantService;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** The dossiers of a call in the officer's scope: all tenants for the bureau, its own for a district. */
@Route("call-dossiers")
@Menu(title = "nav.dossiers", order = 25, icon = "vaadin:folder-open-o")
@RolesAllowed({Roles.BUREAU_OFFICER, Roles.DISTRICT_OFFICER})
class DossierListView extends VerticalLayout implements HasDynamicTitle {

    final CallSelect call;
    final Grid<Dossier> grid = new Grid<>();

    DossierListView(DossierService dossiers, CallService calls, TenantService tenants) {
        setSizeFull();
        Map<String, String> tenantNames = tenants.all().stream()
                .collect(Collectors.toMap(t -> t.id().value(), t -> t.name()));
        call = new CallSelect(calls.published());
        call.addValueChangeListener(e -> grid.setItems(e.getValue() == null ? List.of() : dossiers.ofCall(e.getValue().id())));
        grid.addColumn(d -> d.content().facts().name()).setHeader(getTranslation("selfCheck.name")).setFlexGrow(1);
        grid.addColumn(d -> getTranslation(d.kind().messageKey())).setHeader(getTranslation("selfCheck.kind"));
        grid.addColumn(d -> tenantNames.getOrDefault(d.tenantId().value(), "")).setHeader(getTranslation("unit.tenant"));
        grid.addColumn(d -> getTranslation(d.status().messageKey())).setHeader(getTranslation("account.status"));
        grid.addColumn(d -> Formats.dateTime(d.lastSavedAt())).setHeader(getTranslation("dossier.lastSaved"));
        grid.addColumn(Dossier::submittedVersions).setHeader(getTranslation("dossier.versions"));
        grid.addItemClickListener(e -> getUI().ifPresent(ui -> ui.navigate(DossierView.class, e.getItem().id())));
        grid.setEmptyStateText(getTranslation("list.empty"));
        call.getOptionalValue().ifPresent(c -> grid.setItems(dossiers.ofCall(c.id())));
        com.vaadin.flow.component.html.Anchor export = cn.kunming.kjj.carrier.common.ui.Downloads.link(
                getTranslation("carrier.export"), "申报材料.xlsx", cn.kunming.kjj.carrier.common.ui.Downloads.XLSX,
                () -> dossiers.exportCall(call.getValue() == null ? -1 : call.getValue().id()));
        add(new H2(getTranslation("nav.dossiers")), call, export, grid);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.dossiers");
    }
}
