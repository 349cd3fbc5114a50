package cn.kunming.kjj.carrier.tenant;

import cn.kunming.kjj.carrier.common.UnitId;
import cn.kunming.kjj.carrier.common.TenantId;
import cn.kunming.kjj.carrier.security.TenantScope;
import cn.kunming.kjj.carrier.support.Fixtures;
import cn.kunming.kjj.carrier.support.PortalSpringTest;
import cn.kunming.kjj.carrier.tenant.repository.HostUnitRepository;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.annotation.Transactional;

import static org.assertj.core.api.Assertions.assertThat;

@PortalSpringTest
@Transactional
class HostUnitRepositoryTest {

    private static final TenantId WUHUA = new TenantId("530102");
    private static final TenantId PANLONG = new TenantId("530103");

    @Autowired
    HostUnitRepository units;
    @Autowired
    Fixtures fixtures;

    @Test
    void aDistrictSeesItsOwnUnitAndAnotherDistrictsUnitIsAsIfMissing() {
        UnitId wuhuaUnit = fixtures.unit("530102", ActivationStatus.ACTIVE);
        assertThat(units.findById(new TenantScope.OfTenant(WUHUA), wuhuaUnit)).isPresent();
        assertThat(units.findById(new TenantScope.OfTenant(PANLONG), wuhuaUnit)).isEmpty();
        assertThat(units.findById(new TenantScope.OfTenant(PANLONG), UnitId.of(Long.MAX_VALUE))).isEmpty();
    }

    @Test
    void listsAndCountsAreFilteredByScope() {
        UnitId wuhuaUnit = fixtures.unit("530102", ActivationStatus.ACTIVE);
        UnitId panlongUnit = fixtures.unit("530103", ActivationStatus.ACTIVE);
        var wuhuaIds = units.find(new TenantScope.OfTenant(WUHUA), null, 0, 10_000).stream().map(HostUnit::id).toList();
        assertThat(wuhuaIds).contains(wuhuaUnit).doesNotContain(panlongUnit);
        assertThat(units.find(new TenantScope.OfTenant(WUHUA), null, 0, 10_000))
                .allMatch(u -> u.tenantId().equals(WUHUA));
        assertThat(units.count(new TenantScope.All(), null))
                .isEqualTo(units.count(new TenantScope.OfTenant(WUHUA), null)
                        + units.count(new TenantScope.OfTenant(PANLONG), null)
                        + countOthers());
    }

    private int countOthers() {
        return (int) units.find(new TenantScope.All(), null, 0, 100_000).stream()
                .filter(u -> !u.tenantId().equals(WUHUA) && !u.tenantId().equals(PANLONG)).count();
    }

    @Test
    void anApplicantSeesOnlyItsOwnUnitEvenInItsOwnTenant() {
        UnitId own = fixtures.unit("530102", ActivationStatus.ACTIVE);
        UnitId neighbour = fixtures.unit("530102", ActivationStatus.ACTIVE);
        TenantScope scope = new TenantScope.OfUnit(WUHUA, own);
        assertThat(units.find(scope, null, 0, 100)).extracting(HostUnit::id).containsExactly(own);
        assertThat(units.findById(scope, neighbour)).isEmpty();
    }

    @Test
    void rolesWithoutTenantScopeSeeNoUnits() {
        fixtures.unit("530102", ActivationStatus.ACTIVE);
        assertThat(units.count(new TenantScope.None(), null)).isZero();
    }

    @Test
    void searchMatchesPartOfTheNameOrTheWholeCreditCode() {
        UnitId id = fixtures.unit("530102", ActivationStatus.ACTIVE);
        HostUnit unit = units.findById(new TenantScope.All(), id).orElseThrow();
        assertThat(units.find(new TenantScope.All(), unit.name().substring(2), 0, 10)).extracting(HostUnit::id).contains(id);
        assertThat(units.find(new TenantScope.All(), unit.creditCode().toLowerCase(), 0, 10)).extracting(HostUnit::id)
                .containsExactly(id);
    }

    @Test
    void aStaleVersionDoesNotOverwriteAndAForeignScopeCannotUpdate() {
        UnitId id = fixtures.unit("530102", ActivationStatus.PENDING);
        assertThat(units.updateActivation(new TenantScope.OfTenant(PANLONG), id, 0, ActivationStatus.ACTIVE, "test", java.time.LocalDateTime.now(), null)).isFalse();
        assertThat(units.updateActivation(new TenantScope.OfTenant(WUHUA), id, 0, ActivationStatus.ACTIVE, "test", java.time.LocalDateTime.now(), null)).isTrue();
        assertThat(units.updateActivation(new TenantScope.OfTenant(WUHUA), id, 0, ActivationStatus.REJECTED, "test", java.time.LocalDateTime.now(), null)).isFalse();
        HostUnit stored = units.findById(new TenantScope.All(), id).orElseThrow();
        assertThat(stored.activationStatus()).isEqualTo(ActivationStatus.ACTIVE);
        assertThat(stored.version()).isEqualTo(1);
    }
}
