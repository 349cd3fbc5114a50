package cn.kunming.kjj.carrier.dashboard.ui;

import cn.kunming.kjj.carrier.common.UnitId;
import cn.kunming.kjj.carrier.common.ui.NothingHereView;
import cn.kunming.kjj.carrier.security.Role;
import cn.kunming.kjj.carrier.security.ui.LoginView;
import cn.kunming.kjj.carrier.support.KaribuTest;
import com.github.mvysny.kaributesting.v10.LocatorJ;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.H2;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class RoleHomeNavigationTest extends KaribuTest {

    private static final Map<Role, String> HOME = Map.of(
            Role.APPLICANT, "applicant", Role.DISTRICT_OFFICER, "district", Role.BUREAU_OFFICER, "bureau",
            Role.EXPERT, "expert", Role.INDUSTRY_AUTHORITY, "authority", Role.ADMIN, "admin", Role.SECURITY_ADMIN,
            "security", Role.AUDITOR, "auditor");
    private static final Map<Role, Class<? extends Component>> HOME_VIEW = Map.of(
            Role.APPLICANT, ApplicantHomeView.class, Role.DISTRICT_OFFICER, DistrictHomeView.class,
            Role.BUREAU_OFFICER, BureauHomeView.class, Role.EXPERT, ExpertHomeView.class,
            Role.INDUSTRY_AUTHORITY, AuthorityHomeView.class,
            Role.ADMIN, AdminHomeView.class, Role.SECURITY_ADMIN, SecurityAdminHomeView.class,
            Role.AUDITOR, AuditorHomeView.class);

    private void loginAs(Role role) {
        switch (role) {
            case APPLICANT -> login(role, "530102", UnitId.of(1), -1);
            case DISTRICT_OFFICER -> login(role, "530102");
            case BUREAU_OFFICER -> login(role, "KMKJJ");
            case INDUSTRY_AUTHORITY -> login(role, "IA-NONE"); // no authority of that code: it reads nothing
            default -> login(role, null);
        }
    }

    @ParameterizedTest
    @EnumSource(Role.class)
    void eachRoleLandsOnItsOwnHomeViewInChinese(Role role) {
        loginAs(role);
        Component view = navigate("");
        assertThat(view).isInstanceOf(HOME_VIEW.get(role));
        assertThat(LocatorJ._get(H2.class).getText()).endsWith("，您好");
    }

    @ParameterizedTest
    @EnumSource(Role.class)
    void eachRoleLandsOnItsOwnHomeViewInEnglish(Role role) {
        loginAs(role);
        english();
        navigate("");
        assertThat(LocatorJ._get(H2.class).getText()).startsWith("Welcome, ");
    }

    @ParameterizedTest
    @EnumSource(Role.class)
    void eachRoleIsDeniedTheHomeViewsOfEveryOtherRoleAsIfTheyDidNotExist(Role role) {
        loginAs(role);
        for (Role other : Role.values()) {
            Component view = navigate(HOME.get(other));
            if (other == role) {
                assertThat(view).isInstanceOf(HOME_VIEW.get(role));
            } else {
                assertThat(view).as("%s opening %s", role, other).isInstanceOf(NothingHereView.class);
            }
        }
    }

    @Test
    void aVisitorWhoIsNotSignedInIsSentToTheLoginPage() {
        assertThat(navigate("bureau")).isInstanceOf(LoginView.class);
        assertThat(navigate("")).isInstanceOf(LoginView.class);
    }

    @Test
    void aDeniedViewAnswersInEnglishWithTheSameNotFoundPage() {
        login(Role.APPLICANT, "530102", UnitId.of(1), -1);
        english();
        assertThat(navigate("audit")).isInstanceOf(NothingHereView.class);
        assertThat(LocatorJ._get(H2.class).getText()).isEqualTo("Page not found");
    }
}
