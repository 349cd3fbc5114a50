package cn.kunming.kjj.carrier.dashboard.ui;

import org.jspecify.annotations.Nullable;
import cn.kunming.kjj.carrier.common.TenantId;
import cn.kunming.kjj.carrier.common.ui.QueryParams;
import cn.kunming.kjj.carrier.dashboard.DashboardService;
import cn.kunming.kjj.carrier.dashboard.InboxService;
import cn.kunming.kjj.carrier.security.CurrentUser;
import cn.kunming.kjj.carrier.security.Roles;
import cn.kunming.kjj.carrier.tenant.HostUnitService;
import cn.kunming.kjj.carrier.tenant.Tenant;
import cn.kunming.kjj.carrier.tenant.TenantService;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;

import java.util.List;

/** The bureau's home: its dashboard over every tenant, or over the one it picks (as that district sees it). */
@Route("bureau")
@Menu(title = "nav.home", order = 0, icon = "vaadin:home")
@RolesAllowed(Roles.BUREAU_OFFICER)
class BureauHomeView extends RoleHomeView implements BeforeEnterObserver {

    private final transient DashboardService dashboards;
    private final List<Tenant> tenantList;
    final ComboBox<Tenant> tenant = new ComboBox<>();
    @Nullable DashboardPanel panel;
    private boolean entering;

    BureauHomeView(CurrentUser currentUser, HostUnitService units, TenantService tenants, DashboardService dashboards,
                   InboxService inbox) {
        super(currentUser.require(), "home.duties.bureau");
        addComponentAtIndex(1, new InboxStrip(inbox.waiting(), inbox.deadlineWarnings()));
        this.dashboards = dashboards;
        // the districts, zones and the bureau: industry authorities own no dossiers or carriers (decision 0030)
        this.tenantList = tenants.all().stream().filter(t -> !t.industryAuthority()).toList();
        figure("home.figure.units", units.count(null));
        figure("home.figure.tenants", tenantList.size());
        tenant.setLabel(getTranslation("dashboard.tenant"));
        tenant.setItems(tenantList);
        tenant.setItemLabelGenerator(Tenant::name);
        tenant.setClearButtonVisible(true);
        tenant.setPlaceholder(getTranslation("dashboard.allTenants"));
        tenant.setWidth("18em");
        tenant.addValueChangeListener(e -> {
            if (!entering) {
                getUI().ifPresent(ui -> ui.navigate(BureauHomeView.class, e.getValue() == null ? QueryParameters.empty()
                        : QueryParameters.of("tenant", e.getValue().id().value())));
            }
        });
        add(tenant);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        TenantId chosen = QueryParams.read(event.getLocation().getQueryParameters(), "tenant", TenantId::new);
        entering = true;
        tenant.setValue(tenantList.stream().filter(t -> t.id().equals(chosen)).findFirst().orElse(null));
        entering = false;
        if (panel != null) {
            remove(panel);
        }
        TenantId shown = tenant.getValue() == null ? null : tenant.getValue().id();
        panel = new DashboardPanel(() -> dashboards.overview(shown), true);
        add(panel);
    }
}
