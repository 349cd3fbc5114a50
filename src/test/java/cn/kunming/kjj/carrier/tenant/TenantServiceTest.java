package cn.kunming.kjj.carrier.tenant;

import cn.kunming.kjj.carrier.common.ConcurrentEditException;
import cn.kunming.kjj.carrier.common.PortalException;
import cn.kunming.kjj.carrier.common.TenantId;
import cn.kunming.kjj.carrier.security.Role;
import cn.kunming.kjj.carrier.support.As;
import cn.kunming.kjj.carrier.support.PortalSpringTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.transaction.annotation.Transactional;

import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

@PortalSpringTest
@Transactional
class TenantServiceTest {

    @Autowired
    TenantService tenants;

    @AfterEach
    void signOut() {
        As.signOut();
    }

    @Test
    void theBureauTheFourteenCountyDivisionsAndSevenZonesAreSeeded() {
        As.role(Role.ADMIN, null);
        var all = tenants.all();
        assertThat(all).hasSizeGreaterThanOrEqualTo(22);
        assertThat(all).filteredOn(t -> t.type() == TenantType.COUNTY_DIVISION).hasSize(14);
        assertThat(all).filteredOn(t -> t.type() == TenantType.BUREAU).extracting(Tenant::id)
                .containsExactly(TenantId.BUREAU);
        assertThat(all).extracting(Tenant::name).contains("晋宁区", "磨憨—磨丁经济合作区", "中国（云南）自由贸易试验区昆明片区");
    }

    @Test
    void theAdministratorRenamesATenantAndAStaleEditIsRefused() {
        As.role(Role.ADMIN, null);
        Tenant anning = tenants.find(new TenantId("530181")).orElseThrow();
        tenants.update(new Tenant(anning.id(), "安宁市（更名测试）", anning.nameEn(), anning.type(), anning.divisionCode(),
                anning.validFrom(), null, anning.sortOrder(), anning.version()));
        assertThat(tenants.find(anning.id()).orElseThrow().name()).isEqualTo("安宁市（更名测试）");
        assertThatThrownBy(() -> tenants.update(anning)).isInstanceOf(ConcurrentEditException.class);
    }

    @Test
    void aValidityEndingBeforeItStartsIsRefused() {
        As.role(Role.ADMIN, null);
        Tenant t = tenants.find(new TenantId("530102")).orElseThrow();
        assertThatThrownBy(() -> tenants.update(new Tenant(t.id(), t.name(), t.nameEn(), t.type(), t.divisionCode(),
                LocalDate.of(2026, 1, 2), LocalDate.of(2026, 1, 1), t.sortOrder(), t.version())))
                .isInstanceOf(PortalException.class).hasMessage("tenant.validToBeforeFrom");
    }

    @Test
    void aValidityOfOneDayIsAccepted() {
        As.role(Role.ADMIN, null);
        Tenant t = tenants.find(new TenantId("530102")).orElseThrow();
        tenants.update(new Tenant(t.id(), t.name(), t.nameEn(), t.type(), t.divisionCode(),
                LocalDate.of(2026, 1, 1), LocalDate.of(2026, 1, 1), t.sortOrder(), t.version()));
        assertThat(tenants.find(t.id()).orElseThrow().validOn(LocalDate.of(2026, 1, 1))).isTrue();
        assertThat(tenants.find(t.id()).orElseThrow().validOn(LocalDate.of(2026, 1, 2))).isFalse();
    }

    @Test
    void onlyTheAdministratorEditsTenants() {
        As.role(Role.BUREAU_OFFICER, "KMKJJ");
        Tenant t = tenants.find(new TenantId("530102")).orElseThrow();
        assertThatThrownBy(() -> tenants.update(t)).isInstanceOf(AccessDeniedException.class);
        As.role(Role.SECURITY_ADMIN, null);
        assertThatThrownBy(() -> tenants.update(t)).isInstanceOf(AccessDeniedException.class);
    }
}
