package cn.kunming.kjj.carrier.tenant.ui;

import cn.kunming.kjj.carrier.common.UnitId;
import cn.kunming.kjj.carrier.common.TenantId;
import cn.kunming.kjj.carrier.security.AccountStatus;
import cn.kunming.kjj.carrier.security.PortalUser;
import cn.kunming.kjj.carrier.security.Role;
import cn.kunming.kjj.carrier.security.TenantScope;
import cn.kunming.kjj.carrier.security.UnitAccount;
import cn.kunming.kjj.carrier.security.repository.AccountRepository;
import cn.kunming.kjj.carrier.support.Fixtures;
import cn.kunming.kjj.carrier.support.KaribuTest;
import cn.kunming.kjj.carrier.tenant.ActivationStatus;
import cn.kunming.kjj.carrier.tenant.TenantService;
import cn.kunming.kjj.carrier.tenant.UnitType;
import cn.kunming.kjj.carrier.tenant.repository.HostUnitRepository;
import com.github.mvysny.kaributesting.v10.GridKt;
import com.github.mvysny.kaributesting.v10.NotificationsKt;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;

import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;

/** From a visitor's registration through the district's activation to the applicant's own unit page. */
class RegistrationFlowTest extends KaribuTest {

    @Autowired
    AccountRepository accounts;
    @Autowired
    cn.kunming.kjj.carrier.security.LocalAccountAuthenticationProvider localLogin;
    @Autowired
    TenantService tenants;
    @Autowired
    Fixtures fixtures;
    @Autowired
    HostUnitRepository units;

    private void fill(UnitRegistrationView view, String creditCode, String username) {
        view.unitName.setValue(Fixtures.unique("昆明测试新材料有限公司"));
        view.creditCode.setValue(creditCode);
        view.type.setValue(UnitType.ENTERPRISE);
        view.tenant.setValue(tenants.find(new TenantId("530114")).orElseThrow());
        view.username.setValue(username);
        view.displayName.setValue("李经办");
        view.password.setValue("Apply2026x");
        view.licence.accept(cn.kunming.kjj.carrier.support.SampleFiles.upload("营业执照.pdf", cn.kunming.kjj.carrier.support.SampleFiles.pdf()));
    }

    @Test
    void aUnitRegistersIsActivatedByItsDistrictAndItsApplicantThenSignsInToItsUnit() {
        String username = Fixtures.unique("applicant.");
        UnitRegistrationView form = (UnitRegistrationView) navigate("register");
        fill(form, Fixtures.creditCode(), username);
        form.submit();
        assertThat(form.done.isVisible()).isTrue();
        UnitAccount pending = accounts.findUnitAccounts(new TenantScope.All(), null)
                .stream().filter(a -> a.username().equals(username)).findFirst().orElseThrow();
        assertThat(pending.status()).isEqualTo(AccountStatus.PENDING);

        login(Role.DISTRICT_OFFICER, "530114");
        var activation = (UnitAccountActivationView) navigate("district/unit-accounts");
        int row = IntStream.range(0, GridKt._size(activation.grid))
                .filter(i -> GridKt._get(activation.grid, i).accountId().equals(pending.accountId())).findFirst().orElseThrow();
        activation.activate(GridKt._get(activation.grid, row)).confirm();
        logout();

        Authentication signedIn = localLogin.provider().authenticate(
                UsernamePasswordAuthenticationToken.unauthenticated(username, "Apply2026x"));
        var user = (PortalUser) signedIn.getPrincipal();
        login(Role.APPLICANT, "530114", user.unitId(), user.accountId());
        var myUnit = (MyUnitView) navigate("my-unit");
        assertThat(myUnit.addColleague.isEnabled()).isTrue();
        assertThat(GridKt._size(myUnit.colleagues)).isEqualTo(1);
        assertThat(com.github.mvysny.kaributesting.v10.LocatorJ._find(com.vaadin.flow.component.html.Paragraph.class))
                .extracting(com.vaadin.flow.component.html.Paragraph::getText).contains("已激活");
    }

    @Test
    void aWrongCheckCharacterIsShownOnTheFieldAndNothingIsStored() {
        String username = Fixtures.unique("applicant.");
        UnitRegistrationView form = (UnitRegistrationView) navigate("register");
        String valid = Fixtures.creditCode();
        String wrong = valid.substring(0, 17) + (valid.charAt(17) == '0' ? '1' : '0');
        fill(form, wrong, username);
        assertThat(form.creditCode.isInvalid()).isTrue();
        assertThat(form.creditCode.getErrorMessage()).contains("校验位错误").contains("应为“" + valid.charAt(17) + "”");
        form.submit();
        assertThat(form.done.isVisible()).isFalse();
        assertThat(accounts.existsByUsername(username)).isFalse();
    }

    @Test
    void aCreditCodeAlreadyRegisteredIsRefusedAndNoAccountIsCreated() {
        String code = creditCodeOf(fixtures.unit("530102", ActivationStatus.ACTIVE));
        String username = Fixtures.unique("applicant.");
        UnitRegistrationView form = (UnitRegistrationView) navigate("register");
        fill(form, code, username);
        form.submit();
        NotificationsKt.expectNotifications("统一社会信用代码 " + code + " 已经注册。如需为本单位增加经办人，请由本单位已有的经办人添加。");
        assertThat(accounts.existsByUsername(username)).isFalse();
    }

    private String creditCodeOf(UnitId unitId) {
        return units.findById(new TenantScope.All(), unitId).orElseThrow().creditCode();
    }
}
