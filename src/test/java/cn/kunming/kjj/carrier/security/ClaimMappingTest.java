package cn.kunming.kjj.carrier.security;

import cn.kunming.kjj.carrier.common.UnitId;
import cn.kunming.kjj.carrier.common.TenantId;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

class ClaimMappingTest {

    private static final TenantId WUHUA = new TenantId("530102");
    private static final TenantId PANLONG = new TenantId("530103");
    private static final TenantId GXJ = new TenantId("KMGXJ");
    private static final Set<TenantId> TENANTS = Set.of(TenantId.BUREAU, WUHUA, PANLONG, GXJ);
    private static final Set<TenantId> AUTHORITIES = Set.of(GXJ);

    private static ClaimMapping.Result map(Map<String, Object> claims) {
        return ClaimMapping.map(claims, ClaimMapping.ClaimNames.DEFAULT, TENANTS, AUTHORITIES,
                unit -> unit.equals(UnitId.of(7)) ? Optional.of(WUHUA) : Optional.empty());
    }

    @Test
    void aDistrictOfficerGetsItsRoleAndTenantWhileKeycloaksOwnRolesAreIgnored() {
        assertThat(map(Map.of("roles", List.of("offline_access", "default-roles-kunming", "DISTRICT_OFFICER"),
                "tenant", "530102")))
                .isEqualTo(new ClaimMapping.Granted(Role.DISTRICT_OFFICER, WUHUA, null));
    }

    @Test
    void rolesMayArriveAsOneSpaceOrCommaSeparatedString() {
        assertThat(map(Map.of("roles", "uma_authorization BUREAU_OFFICER", "tenant", "KMKJJ")))
                .isEqualTo(new ClaimMapping.Granted(Role.BUREAU_OFFICER, TenantId.BUREAU, null));
    }

    @Test
    void aTokenWithoutAPortalRoleIsRefused() {
        assertThat(map(Map.of("roles", List.of("offline_access"))))
                .isInstanceOfSatisfying(ClaimMapping.Refused.class,
                        r -> assertThat(r.reason()).isEqualTo(ClaimMapping.Refusal.NO_PORTAL_ROLE));
        assertThat(map(Map.of())).isInstanceOf(ClaimMapping.Refused.class);
    }

    @Test
    void twoPortalRolesInOneTokenAreRefused() {
        assertThat(((ClaimMapping.Refused) map(Map.of("roles", List.of("ADMIN", "AUDITOR")))).reason())
                .isEqualTo(ClaimMapping.Refusal.SEVERAL_PORTAL_ROLES);
    }

    @Test
    void anUnknownTenantIsRefused() {
        assertThat(((ClaimMapping.Refused) map(Map.of("roles", "DISTRICT_OFFICER", "tenant", "999999"))).reason())
                .isEqualTo(ClaimMapping.Refusal.TENANT_UNKNOWN);
    }

    @Test
    void anOfficerWithoutTenantOrInTheWrongKindOfTenantIsRefused() {
        assertThat(((ClaimMapping.Refused) map(Map.of("roles", "DISTRICT_OFFICER"))).reason())
                .isEqualTo(ClaimMapping.Refusal.TENANT_MISSING);
        assertThat(((ClaimMapping.Refused) map(Map.of("roles", "DISTRICT_OFFICER", "tenant", "KMKJJ"))).reason())
                .isEqualTo(ClaimMapping.Refusal.TENANT_NOT_ALLOWED_FOR_ROLE);
        assertThat(((ClaimMapping.Refused) map(Map.of("roles", "BUREAU_OFFICER", "tenant", "530102"))).reason())
                .isEqualTo(ClaimMapping.Refusal.TENANT_NOT_ALLOWED_FOR_ROLE);
    }

    @Test
    void anIndustryAuthorityBelongsToAnAuthorityAndNoDistrictOfficerDoes() {
        assertThat(map(Map.of("roles", "INDUSTRY_AUTHORITY", "tenant", "KMGXJ")))
                .isEqualTo(new ClaimMapping.Granted(Role.INDUSTRY_AUTHORITY, GXJ, null));
        assertThat(((ClaimMapping.Refused) map(Map.of("roles", "INDUSTRY_AUTHORITY"))).reason())
                .isEqualTo(ClaimMapping.Refusal.TENANT_MISSING);
        assertThat(((ClaimMapping.Refused) map(Map.of("roles", "INDUSTRY_AUTHORITY", "tenant", "530102"))).reason())
                .isEqualTo(ClaimMapping.Refusal.TENANT_NOT_ALLOWED_FOR_ROLE);
        assertThat(((ClaimMapping.Refused) map(Map.of("roles", "INDUSTRY_AUTHORITY", "tenant", "KMKJJ"))).reason())
                .isEqualTo(ClaimMapping.Refusal.TENANT_NOT_ALLOWED_FOR_ROLE);
        assertThat(((ClaimMapping.Refused) map(Map.of("roles", "DISTRICT_OFFICER", "tenant", "KMGXJ"))).reason())
                .isEqualTo(ClaimMapping.Refusal.TENANT_NOT_ALLOWED_FOR_ROLE);
    }

    @Test
    void anApplicantTakesItsTenantFromItsUnit() {
        assertThat(map(Map.of("roles", "APPLICANT", "unit", "7")))
                .isEqualTo(new ClaimMapping.Granted(Role.APPLICANT, WUHUA, UnitId.of(7)));
        assertThat(((ClaimMapping.Refused) map(Map.of("roles", "APPLICANT", "unit", "8"))).reason())
                .isEqualTo(ClaimMapping.Refusal.UNIT_UNKNOWN);
        assertThat(((ClaimMapping.Refused) map(Map.of("roles", "APPLICANT"))).reason())
                .isEqualTo(ClaimMapping.Refusal.UNIT_MISSING);
        assertThat(((ClaimMapping.Refused) map(Map.of("roles", "APPLICANT", "unit", "7", "tenant", "530103"))).reason())
                .isEqualTo(ClaimMapping.Refusal.UNIT_OUTSIDE_TENANT);
    }

    @Test
    void theAdministratorRolesAndExpertsNeedNoTenant() {
        for (Role role : new Role[]{Role.EXPERT, Role.ADMIN, Role.SECURITY_ADMIN, Role.AUDITOR}) {
            assertThat(map(Map.of("roles", role.name(), "tenant", "530102")))
                    .isEqualTo(new ClaimMapping.Granted(role, null, null));
        }
    }

    @Test
    void claimNamesAreConfigurable() {
        var names = new ClaimMapping.ClaimNames("groups_roles", "org", "unit_id");
        assertThat(ClaimMapping.map(Map.of("groups_roles", "DISTRICT_OFFICER", "org", "530103"), names, TENANTS, AUTHORITIES,
                u -> Optional.empty())).isEqualTo(new ClaimMapping.Granted(Role.DISTRICT_OFFICER, PANLONG, null));
    }
}
