package cn.kunming.kjj.carrier.tenant;

import cn.kunming.kjj.carrier.common.TenantId;

import java.util.List;
import java.util.Optional;

/**
 * The districts and zones other features may look up. A narrow interface at the feature's root: other features use it,
 * never the feature's repositories.
 */
public interface Tenants {

    List<Tenant> findAll();

    /** Tenant id → name, for lists and exports that show names. */
    default java.util.Map<String, String> names() {
        return findAll().stream().collect(java.util.stream.Collectors.toMap(t -> t.id().value(), Tenant::name));
    }

    Optional<Tenant> findById(TenantId id);
}
