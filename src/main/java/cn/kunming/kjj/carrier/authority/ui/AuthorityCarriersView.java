package cn.kunming.kjj.carrier.authority.ui;

import cn.kunming.kjj.carrier.authority.AuthorityReadingService;
import cn.kunming.kjj.carrier.carrier.Carrier;
import cn.kunming.kjj.carrier.common.ui.Formats;
import cn.kunming.kjj.carrier.security.Roles;
import cn.kunming.kjj.carrier.tenant.Tenant;
import cn.kunming.kjj.carrier.tenant.TenantService;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;

import java.util.Map;
import java.util.stream.Collectors;

/** The carriers of an industry authority's fields, whatever their status, read-only. */
@Route("authority/carriers")
@Menu(title = "nav.authorityCarriers", order = 21, icon = "vaadin:records")
@RolesAllowed(Roles.INDUSTRY_AUTHORITY)
class AuthorityCarriersView extends VerticalLayout implements HasDynamicTitle {

    final Grid<Carrier> grid = new Grid<>();

    AuthorityCarriersView(AuthorityReadingService reading, TenantService tenants) {
        setSizeFull();
        Map<String, String> tenantNames = tenants.all().stream().collect(Collectors.toMap(t -> t.id().value(), Tenant::name));
        grid.addColumn(Carrier::name).setHeader(getTranslation("carrier.name")).setFlexGrow(2);
        grid.addColumn(c -> getTranslation(c.kind().messageKey())).setHeader(getTranslation("selfCheck.kind"));
        grid.addColumn(Carrier::unitName).setHeader(getTranslation("unit.name")).setFlexGrow(1);
        grid.addColumn(c -> tenantNames.getOrDefault(c.tenantId().value(), "")).setHeader(getTranslation("unit.tenant"));
        grid.addColumn(Carrier::industryField).setHeader(getTranslation("dossier.industryField"));
        grid.addColumn(c -> Formats.date(c.approvedOn())).setHeader(getTranslation("carrier.approvedOn"));
        grid.addColumn(c -> getTranslation(c.status().messageKey())).setHeader(getTranslation("account.status"));
        grid.setEmptyStateText(getTranslation("list.empty"));
        grid.setItems(reading.carriers());
        add(new H2(getTranslation("nav.authorityCarriers")), grid);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.authorityCarriers");
    }
}
