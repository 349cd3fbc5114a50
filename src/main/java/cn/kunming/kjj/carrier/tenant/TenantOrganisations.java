package cn.kunming.kjj.carrier.tenant;

import cn.kunming.kjj.carrier.common.UnitId;
import cn.kunming.kjj.carrier.common.TenantId;
import cn.kunming.kjj.carrier.security.Organisations;
import cn.kunming.kjj.carrier.security.TenantScope;
import cn.kunming.kjj.carrier.tenant.repository.HostUnitRepository;
import cn.kunming.kjj.carrier.tenant.repository.TenantRepository;
import org.springframework.stereotype.Component;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/** Answers sign-in and account administration from the register of districts and units. */
@Component
class TenantOrganisations implements Organisations {

    private final TenantRepository tenants;
    private final HostUnitRepository units;

    TenantOrganisations(TenantRepository tenants, HostUnitRepository units) {
        this.tenants = tenants;
        this.units = units;
    }

    @Override
    public Set<TenantId> tenantsValidOn(LocalDate day) {
        return tenants.findAll().stream().filter(t -> t.validOn(day)).map(Tenant::id).collect(Collectors.toSet());
    }

    @Override
    public Optional<TenantId> tenantOfUnit(UnitId unitId) {
        return units.findById(new TenantScope.All(), unitId).map(HostUnit::tenantId);
    }

    @Override
    public Set<TenantId> authorities() {
        return tenants.findAll().stream().filter(Tenant::industryAuthority).map(Tenant::id).collect(Collectors.toSet());
    }

    @Override
    public List<TenantChoice> tenants() {
        return tenants.findAll().stream().map(t -> new TenantChoice(t.id(), t.name(), t.nameEn())).toList();
    }
}
