package cn.kunming.kjj.carrier.support;

import cn.kunming.kjj.carrier.common.AccountId;
import cn.kunming.kjj.carrier.common.UnitId;
import cn.kunming.kjj.carrier.common.TenantId;
import cn.kunming.kjj.carrier.common.ui.LanguageSwitch;
import cn.kunming.kjj.carrier.common.ui.PortalI18NProvider;
import cn.kunming.kjj.carrier.security.PortalUser;
import cn.kunming.kjj.carrier.security.Role;
import com.github.mvysny.fakeservlet.FakeRequest;
import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.github.mvysny.kaributesting.v10.Routes;
import com.github.mvysny.kaributesting.v10.spring.MockSpringServlet;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.VaadinServletRequest;
import kotlin.jvm.functions.Function0;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;
import org.springframework.core.type.filter.AnnotationTypeFilter;
import org.springframework.util.ClassUtils;

import java.util.Locale;

/** Browserless UI tests: the real views, services and database, with a signed-in principal of any role. */
@PortalSpringTest
public abstract class KaribuTest {

    private static final Routes ROUTES = discoverRoutes();

    /**
     * Karibu's discovery sees public classes only; views are package-private (DESIGN.md), so they are
     * found the way Vaadin's Spring integration finds them.
     */
    @SuppressWarnings("unchecked")
    private static Routes discoverRoutes() {
        Routes routes = new Routes().autoDiscoverViews("cn.kunming.kjj.carrier");
        var scanner = new ClassPathScanningCandidateComponentProvider(false);
        scanner.addIncludeFilter(new AnnotationTypeFilter(Route.class));
        for (var candidate : scanner.findCandidateComponents("cn.kunming.kjj.carrier")) {
            routes.getRoutes().add((Class<? extends Component>) ClassUtils.resolveClassName(
                    candidate.getBeanClassName(), KaribuTest.class.getClassLoader()));
        }
        // the portal's own AccessDeniedView answers denials, as in production
        routes.getErrorRoutes().removeIf(type -> type.getSimpleName().equals("MockRouteAccessDeniedError"));
        return routes;
    }

    @Autowired
    protected ApplicationContext context;

    @BeforeEach
    void setUpVaadin() {
        Function0<UI> uiFactory = UI::new;
        MockVaadin.setup(uiFactory, new MockSpringServlet(ROUTES, context, uiFactory));
    }

    /** A fresh session and UI, as after a timeout or a closed tab. */
    protected void setUpVaadinAgain() {
        setUpVaadin();
    }

    @AfterEach
    void tearDownVaadin() {
        logout();
        MockVaadin.tearDown();
    }

    /** Signs in as a user of the role; officers need a tenant, applicants a tenant and unit. */
    protected PortalUser login(Role role, String tenant, UnitId unitId, long accountId) {
        return login(role, tenant, unitId, AccountId.of(accountId));
    }

    protected PortalUser login(Role role, String tenant, UnitId unitId, AccountId accountId) {
        PortalUser user = new PortalUser(accountId, "karibu" + accountId, "测试" + role.name(), role,
                tenant == null ? null : new TenantId(tenant), unitId);
        As.signIn(user);
        FakeRequest request = (FakeRequest) VaadinServletRequest.getCurrent().getRequest();
        request.setUserPrincipalInt(user);
        request.setUserInRole((principal, r) -> role.name().equals(r));
        return user;
    }

    protected PortalUser login(Role role, String tenant) {
        return login(role, tenant, null, -1);
    }

    protected void logout() {
        As.signOut();
        if (VaadinServletRequest.getCurrent() != null) {
            FakeRequest request = (FakeRequest) VaadinServletRequest.getCurrent().getRequest();
            request.setUserPrincipalInt(null);
            request.setUserInRole((principal, r) -> false);
        }
    }

    /** Switches the way a user does (the page reloads in English). */
    protected void english() {
        LanguageSwitch.switchTo(PortalI18NProvider.ENGLISH);
    }

    protected Component navigate(String pathAndQuery) {
        int q = pathAndQuery.indexOf('?');
        if (q < 0) {
            UI.getCurrent().navigate(pathAndQuery);
        } else {
            UI.getCurrent().navigate(pathAndQuery.substring(0, q),
                    QueryParameters.fromString(pathAndQuery.substring(q + 1)));
        }
        return UI.getCurrent().getCurrentView();
    }

    protected static <T> T as(Class<T> type, Component view) {
        return type.cast(view);
    }

    protected static Locale locale() {
        return UI.getCurrent().getLocale();
    }
}
