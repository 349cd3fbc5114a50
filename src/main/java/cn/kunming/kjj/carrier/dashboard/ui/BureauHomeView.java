package cn.kunming.kjj.carrier.dashboard.ui;

import cn.kunming.kjj.carrier.security.CurrentUser;
import cn.kunming.kjj.carrier.security.Roles;
import cn.kunming.kjj.carrier.tenant.HostUnitService;
import cn.kunming.kjj.carrier.tenant.TenantService;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;

@Route("bureau")
@Menu(title = "nav.home", order = 0, icon = "vaadin:home")
@RolesAllowed(Roles.BUREAU_OFFICER)
class BureauHomeView extends RoleHomeView {

    BureauHomeView(CurrentUser currentUser, HostUnitService units, TenantService tenants) {
        super(currentUser.require(), "home.duties.bureau");
        figure("home.figure.units", units.count(null));
        figure("home.figure.tenants", tenants.all().size());
    }
}
