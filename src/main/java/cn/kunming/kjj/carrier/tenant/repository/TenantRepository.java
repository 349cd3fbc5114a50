package cn.kunming.kjj.carrier.tenant.repository;

import cn.kunming.kjj.carrier.common.TenantId;
import cn.kunming.kjj.carrier.tenant.Tenant;

import java.util.List;
import java.util.Optional;

/** Tenants are reference data that no tenant owns: every signed-in user may read them, so no scope is taken. */
public interface TenantRepository {

    List<Tenant> findAll();

    /** Tenant id → name, for lists and exports that show names. */
    default java.util.Map<String, String> names() {
        return findAll().stream().collect(java.util.stream.Collectors.toMap(t -> t.id().value(), Tenant::name));
    }

    Optional<Tenant> findById(TenantId id);

    void insert(Tenant tenant);

    /** Updates when the stored version equals {@code tenant.version()}; returns false otherwise. */
    boolean update(Tenant tenant);
}
