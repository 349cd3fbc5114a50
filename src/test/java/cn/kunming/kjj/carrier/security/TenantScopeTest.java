package cn.kunming.kjj.carrier.security;

import cn.kunming.kjj.carrier.common.AccountId;
import cn.kunming.kjj.carrier.common.UnitId;
import cn.kunming.kjj.carrier.common.TenantId;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class TenantScopeTest {

    private static final TenantId WUHUA = new TenantId("530102");
    private static final TenantId PANLONG = new TenantId("530103");

    private static PortalUser user(Role role, TenantId tenant, UnitId unit) {
        return new PortalUser(AccountId.of(1), "u", "u", role, tenant, unit);
    }

    @Test
    void theBureauSeesEveryTenant() {
        assertThat(user(Role.BUREAU_OFFICER, TenantId.BUREAU, null).scope().allows(PANLONG, UnitId.of(7))).isTrue();
    }

    @Test
    void aDistrictOfficerSeesOnlyItsOwnTenant() {
        TenantScope scope = user(Role.DISTRICT_OFFICER, WUHUA, null).scope();
        assertThat(scope.allows(WUHUA, UnitId.of(7))).isTrue();
        assertThat(scope.allows(PANLONG, UnitId.of(7))).isFalse();
    }

    @Test
    void anApplicantSeesOnlyItsOwnUnit() {
        TenantScope scope = user(Role.APPLICANT, WUHUA, UnitId.of(7)).scope();
        assertThat(scope.allows(WUHUA, UnitId.of(7))).isTrue();
        assertThat(scope.allows(WUHUA, UnitId.of(8))).isFalse();
        assertThat(scope.allows(PANLONG, UnitId.of(7))).isFalse();
    }

    @Test
    void anOfficerOrApplicantWhoseAccountLacksItsTenantOrUnitGetsNoScopeAtAll() {
        assertThatThrownBy(() -> user(Role.DISTRICT_OFFICER, null, null).scope())
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("no tenant");
        assertThatThrownBy(() -> user(Role.APPLICANT, WUHUA, null).scope())
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("no unit");
        assertThatThrownBy(() -> user(Role.APPLICANT, null, UnitId.of(7)).scope())
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("no tenant");
    }

    @Test
    void expertsIndustryAuthoritiesAndAdministratorsSeeNoTenantOwnedDataByTheirRole() {
        for (Role role : new Role[]{Role.EXPERT, Role.INDUSTRY_AUTHORITY, Role.ADMIN, Role.SECURITY_ADMIN, Role.AUDITOR}) {
            assertThat(user(role, null, null).scope()).isInstanceOf(TenantScope.None.class);
            assertThat(user(role, null, null).scope().allows(WUHUA, UnitId.of(7))).isFalse();
        }
    }
}
