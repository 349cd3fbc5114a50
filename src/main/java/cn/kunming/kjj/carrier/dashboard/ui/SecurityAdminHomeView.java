package cn.kunming.kjj.carrier.dashboard.ui;

import cn.kunming.kjj.carrier.security.CurrentUser;
import cn.kunming.kjj.carrier.security.Roles;
import cn.kunming.kjj.carrier.security.AccountService;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;

@Route("security")
@Menu(title = "nav.home", order = 0, icon = "vaadin:home")
@RolesAllowed(Roles.SECURITY_ADMIN)
class SecurityAdminHomeView extends RoleHomeView {

    SecurityAdminHomeView(CurrentUser currentUser, AccountService accounts) {
        super(currentUser.require(), "home.duties.securityAdmin");
        figure("home.figure.accounts", accounts.count(null));
    }
}
