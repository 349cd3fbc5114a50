package cn.kunming.kjj.carrier.authority;

import cn.kunming.kjj.carrier.authority.repository.AuthorityRepository;
import cn.kunming.kjj.carrier.common.ExpertId;
import cn.kunming.kjj.carrier.common.TenantId;
import cn.kunming.kjj.carrier.expert.ExpertOrigins;
import cn.kunming.kjj.carrier.tenant.Tenant;
import cn.kunming.kjj.carrier.tenant.Tenants;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The links of fields to authorities as the other features ask for them (public notice, yearly reports, the expert
 * pool). An authority counts only while its tenant is an industry authority in force: one the administrator ended
 * reads nothing and is consulted on nothing, whatever links remain.
 */
@Component
class LinkedAuthorities implements AuthorityFields, ExpertOrigins {

    private final AuthorityRepository repository;
    private final Tenants tenants;

    LinkedAuthorities(AuthorityRepository repository, Tenants tenants) {
        this.repository = repository;
        this.tenants = tenants;
    }

    /** The authority of this tenant, when it is one and in force on the day. */
    Optional<Tenant> inForce(@Nullable TenantId tenant, LocalDate day) {
        return tenant == null ? Optional.empty()
                : tenants.findById(tenant).filter(t -> t.industryAuthority() && t.validOn(day));
    }

    @Override
    public List<String> fieldsOf(TenantId authority, LocalDate day) {
        return inForce(authority, day).isPresent() ? repository.fieldsOf(authority) : List.of();
    }

    @Override
    public List<Consulted> consultedOn(Collection<String> fields, LocalDate day) {
        Map<TenantId, List<String>> byAuthority = new LinkedHashMap<>();
        Map<TenantId, String> names = new LinkedHashMap<>();
        for (FieldLink link : repository.linksOf(fields.stream().distinct().toList())) {
            if (inForce(link.authorityId(), day).isPresent()) {
                byAuthority.computeIfAbsent(link.authorityId(), a -> new ArrayList<>()).add(link.field());
                names.put(link.authorityId(), link.authorityName());
            }
        }
        return byAuthority.entrySet().stream()
                .map(e -> new Consulted(e.getKey(), names.getOrDefault(e.getKey(), e.getKey().value()), e.getValue()))
                .toList();
    }

    @Override
    public Map<ExpertId, String> nominators() {
        return repository.nominators();
    }
}
