package cn.kunming.kjj.carrier.dashboard.ui;

import cn.kunming.kjj.carrier.security.CurrentUser;
import cn.kunming.kjj.carrier.security.Roles;
import cn.kunming.kjj.carrier.audit.AuditLog;
import cn.kunming.kjj.carrier.audit.AuditQuery;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;

@Route("auditor")
@Menu(title = "nav.home", order = 0, icon = "vaadin:home")
@RolesAllowed(Roles.AUDITOR)
class AuditorHomeView extends RoleHomeView {

    AuditorHomeView(CurrentUser currentUser, AuditLog audit) {
        super(currentUser.require(), "home.duties.auditor");
        figure("home.figure.auditEvents", audit.count(AuditQuery.everything()));
    }
}
