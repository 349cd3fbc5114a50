package cn.kunming.kjj.carrier.dashboard.ui;

import cn.kunming.kjj.carrier.security.CurrentUser;
import cn.kunming.kjj.carrier.security.Roles;
import cn.kunming.kjj.carrier.tenant.HostUnitService;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;

@Route("applicant")
@Menu(title = "nav.home", order = 0, icon = "vaadin:home")
@RolesAllowed(Roles.APPLICANT)
class ApplicantHomeView extends RoleHomeView {

    ApplicantHomeView(CurrentUser currentUser, HostUnitService units) {
        super(currentUser.require(), "home.duties.applicant");
        units.find(currentUser.require().unitId()).ifPresent(unit -> {
            figure("home.figure.unitName", unit.name());
            figure("home.figure.unitStatus", getTranslation(unit.activationStatus().messageKey()));
        });
    }
}
