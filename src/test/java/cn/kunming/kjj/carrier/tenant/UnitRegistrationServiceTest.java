package cn.kunming.kjj.carrier.tenant;

import cn.kunming.kjj.carrier.common.AccountId;
import cn.kunming.kjj.carrier.common.UnitId;
import cn.kunming.kjj.carrier.common.TenantId;
import cn.kunming.kjj.carrier.security.AccountStatus;
import cn.kunming.kjj.carrier.security.Role;
import cn.kunming.kjj.carrier.security.repository.AccountRepository;
import cn.kunming.kjj.carrier.support.As;
import cn.kunming.kjj.carrier.support.Fixtures;
import cn.kunming.kjj.carrier.support.PortalSpringTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.annotation.Transactional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

@PortalSpringTest
@Transactional
class UnitRegistrationServiceTest {

    @Autowired
    UnitRegistrationService registration;
    @Autowired
    AccountRepository accounts;
    @Autowired
    Fixtures fixtures;
    @Autowired
    UnitActivationService activation;

    @AfterEach
    void signOut() {
        As.signOut();
    }

    private UnitRegistration registration(String tenant, String username) {
        return new UnitRegistration("昆明测试单位", Fixtures.creditCode(), UnitType.ENTERPRISE,
                tenant == null ? null : new TenantId(tenant), null, null, null, null, username, "李经办", null, "Apply2026x",
                false, cn.kunming.kjj.carrier.support.SampleFiles.upload("营业执照.pdf", cn.kunming.kjj.carrier.support.SampleFiles.pdf()));
    }

    @Test
    void theBureauIsNotARecommendingTenant() {
        assertThatThrownBy(() -> registration.register(registration("KMKJJ", Fixtures.unique("a")), Fixtures.unique("client")))
                .hasMessage("registration.tenantRequired");
    }

    @Test
    void aWeakPasswordRefusesTheWholeRegistration() {
        String username = Fixtures.unique("a");
        UnitRegistration weak = new UnitRegistration("昆明测试单位", Fixtures.creditCode(), UnitType.PARK,
                new TenantId("530102"), null, null, null, null, username, "李经办", null, "short1", false, cn.kunming.kjj.carrier.support.SampleFiles.upload("营业执照.pdf", cn.kunming.kjj.carrier.support.SampleFiles.pdf()));
        assertThatThrownBy(() -> registration.register(weak, Fixtures.unique("client"))).hasMessage("password.tooShort");
        assertThat(accounts.existsByUsername(username)).isFalse();
    }

    @Test
    void aUnitWaitingForActivationCannotAddColleagues() {
        UnitId unit = fixtures.unit("530102", ActivationStatus.PENDING);
        As.user(1, Role.APPLICANT, "530102", unit);
        assertThatThrownBy(() -> registration.addColleague(Fixtures.unique("c"), "同事", null, "Apply2026x"))
                .hasMessage("registration.unitNotActive");
    }

    @Test
    void anActivatedUnitsApplicantAddsAnActiveColleagueInTheSameUnit() {
        UnitId unit = fixtures.unit("530102", ActivationStatus.ACTIVE);
        As.user(1, Role.APPLICANT, "530102", unit);
        AccountId id = registration.addColleague(Fixtures.unique("c"), "同事", null, "Apply2026x");
        var added = accounts.findById(id).orElseThrow();
        assertThat(added.unitId()).isEqualTo(unit);
        assertThat(added.status()).isEqualTo(AccountStatus.ACTIVE);
        assertThat(registration.myColleagues()).extracting(a -> a.accountId()).contains(id);
    }

    private static String failingCheck() {
        String valid = Fixtures.creditCode();
        return valid.substring(0, 17) + (valid.charAt(17) == '0' ? '1' : '0');
    }

    @Test
    void aCodeFailingTheCheckIsRefusedUnlessDeclaredAnEarlyPilotCodeAndThenTheDistrictMustConfirmIt() {
        String code = failingCheck();
        String refused = Fixtures.unique("a");
        assertThatThrownBy(() -> registration.register(new UnitRegistration("昆明早期试点单位", code, UnitType.ENTERPRISE,
                new TenantId("530102"), null, null, null, null, refused, "李经办", null, "Apply2026x", false, cn.kunming.kjj.carrier.support.SampleFiles.upload("营业执照.pdf", cn.kunming.kjj.carrier.support.SampleFiles.pdf())), Fixtures.unique("client")))
                .hasMessage("uscc.check");

        String username = Fixtures.unique("a");
        UnitId unit = registration.register(new UnitRegistration("昆明早期试点单位", code, UnitType.ENTERPRISE,
                new TenantId("530102"), null, null, null, null, username, "李经办", null, "Apply2026x", true, cn.kunming.kjj.carrier.support.SampleFiles.upload("营业执照.pdf", cn.kunming.kjj.carrier.support.SampleFiles.pdf())), Fixtures.unique("client"));
        AccountId accountId = accounts.findCredentials(username).orElseThrow().account().id();
        As.role(Role.DISTRICT_OFFICER, "530102");
        assertThatThrownBy(() -> activation.activate(accountId, 0)).hasMessage("activation.legacyCodeNeedsConfirmation");
        activation.activate(accountId, 0, true);
        assertThat(accounts.findById(accountId).orElseThrow().status()).isEqualTo(AccountStatus.ACTIVE);
        assertThat(unit.value()).isPositive();
    }

    @Test
    void aWrongLengthIsRefusedEvenWhenDeclaredLegacy() {
        assertThatThrownBy(() -> registration.register(new UnitRegistration("昆明单位", "91530100123", UnitType.ENTERPRISE,
                new TenantId("530102"), null, null, null, null, Fixtures.unique("a"), "李经办", null, "Apply2026x", true, cn.kunming.kjj.carrier.support.SampleFiles.upload("营业执照.pdf", cn.kunming.kjj.carrier.support.SampleFiles.pdf())), Fixtures.unique("client")))
                .hasMessage("uscc.length");
    }
}
