package cn.kunming.kjj.carrier.dashboard.ui;

import cn.kunming.kjj.carrier.security.CurrentUser;
import cn.kunming.kjj.carrier.security.Roles;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;

@Route("expert")
@Menu(title = "nav.home", order = 0, icon = "vaadin:home")
@RolesAllowed(Roles.EXPERT)
class ExpertHomeView extends RoleHomeView {

    ExpertHomeView(CurrentUser currentUser) {
        super(currentUser.require(), "home.duties.expert");
    }
}
