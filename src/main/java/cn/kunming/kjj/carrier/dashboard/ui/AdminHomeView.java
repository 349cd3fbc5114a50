package cn.kunming.kjj.carrier.dashboard.ui;

import cn.kunming.kjj.carrier.security.CurrentUser;
import cn.kunming.kjj.carrier.security.Roles;
import cn.kunming.kjj.carrier.tenant.TenantService;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;

@Route("admin")
@Menu(title = "nav.home", order = 0, icon = "vaadin:home")
@RolesAllowed(Roles.ADMIN)
class AdminHomeView extends RoleHomeView {

    AdminHomeView(CurrentUser currentUser, TenantService tenants) {
        super(currentUser.require(), "home.duties.admin");
        figure("home.figure.tenants", tenants.all().size());
    }
}
