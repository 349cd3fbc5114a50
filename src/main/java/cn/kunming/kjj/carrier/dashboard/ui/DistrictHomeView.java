package cn.kunming.kjj.carrier.dashboard.ui;

import cn.kunming.kjj.carrier.dashboard.DashboardService;
import cn.kunming.kjj.carrier.dashboard.InboxService;
import cn.kunming.kjj.carrier.security.AccountStatus;
import cn.kunming.kjj.carrier.security.CurrentUser;
import cn.kunming.kjj.carrier.security.Roles;
import cn.kunming.kjj.carrier.tenant.HostUnitService;
import cn.kunming.kjj.carrier.tenant.UnitActivationService;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;

/** A district's home: accounts waiting for it, and the dashboard of its own tenant. */
@Route("district")
@Menu(title = "nav.home", order = 0, icon = "vaadin:home")
@RolesAllowed(Roles.DISTRICT_OFFICER)
class DistrictHomeView extends RoleHomeView {

    final DashboardPanel panel;
    private final transient DashboardService dashboards;

    DistrictHomeView(CurrentUser currentUser, HostUnitService units, UnitActivationService activation,
                     DashboardService dashboards, InboxService inbox) {
        super(currentUser.require(), "home.duties.district");
        addComponentAtIndex(1, new InboxStrip(inbox.waiting(), inbox.deadlineWarnings()));
        this.dashboards = dashboards;
        figure("home.figure.pendingAccounts", activation.unitAccounts(AccountStatus.PENDING).size());
        figure("home.figure.units", units.count(null));
        panel = new DashboardPanel(() -> this.dashboards.overview(null), false);
        add(panel);
    }
}
