package cn.kunming.kjj.carrier.dashboard.ui;

import cn.kunming.kjj.carrier.security.CurrentUser;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;

/** The address everyone lands on after login: forwards to the home view of the user's role. */
@Route("")
@PermitAll
class RootView extends Div implements BeforeEnterObserver {

    private final transient CurrentUser currentUser;

    RootView(CurrentUser currentUser) {
        this.currentUser = currentUser;
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        currentUser.get().ifPresent(user -> event.forwardTo(switch (user.role()) {
            case APPLICANT -> ApplicantHomeView.class;
            case DISTRICT_OFFICER -> DistrictHomeView.class;
            case BUREAU_OFFICER -> BureauHomeView.class;
            case EXPERT -> ExpertHomeView.class;
            case INDUSTRY_AUTHORITY -> AuthorityHomeView.class;
            case ADMIN -> AdminHomeView.class;
            case SECURITY_ADMIN -> SecurityAdminHomeView.class;
            case AUDITOR -> AuditorHomeView.class;
        }));
    }
}
