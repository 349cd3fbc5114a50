package cn.kunming.kjj.carrier.carrier.ui;

import cn.kunming.kjj.carrier.carrier.Carrier;
import cn.kunming.kjj.carrier.carrier.CarrierService;
import cn.kunming.kjj.carrier.common.ui.Formats;
import cn.kunming.kjj.carrier.tenant.Tenant;
import cn.kunming.kjj.carrier.tenant.TenantService;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;

import java.util.Map;
import java.util.stream.Collectors;

/** The public cultivation list (培育名单), as the bureau publishes it: no login. */
@Route("cultivation-list")
@Menu(title = "nav.cultivationList", order = 5, icon = "vaadin:list-ol")
@AnonymousAllowed
class CultivationPoolView extends VerticalLayout implements HasDynamicTitle {

    final Grid<Carrier> grid = new Grid<>();

    CultivationPoolView(CarrierService carriers, TenantService tenants) {
        setSizeFull();
        Map<String, String> tenantNames = tenants.all().stream().collect(Collectors.toMap(t -> t.id().value(), Tenant::name));
        grid.addColumn(Carrier::name).setHeader(getTranslation("carrier.name")).setFlexGrow(2);
        grid.addColumn(c -> getTranslation(c.kind().messageKey())).setHeader(getTranslation("selfCheck.kind"));
        grid.addColumn(Carrier::unitName).setHeader(getTranslation("unit.name")).setFlexGrow(1);
        grid.addColumn(c -> tenantNames.getOrDefault(c.tenantId().value(), "")).setHeader(getTranslation("unit.tenant"));
        grid.addColumn(c -> Formats.date(c.approvedOn())).setHeader(getTranslation("carrier.approvedOn"));
        grid.addColumn(Carrier::documentNumber).setHeader(getTranslation("carrier.documentNumber"));
        grid.setEmptyStateText(getTranslation("list.empty"));
        grid.setItems(carriers.cultivationList());
        add(new H2(getTranslation("nav.cultivationList")), new Paragraph(getTranslation("carrier.publicIntro")), grid);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.cultivationList");
    }
}
