package cn.kunming.kjj.carrier.tenant.repository;

import cn.kunming.kjj.carrier.tenant.Tenants;
import cn.kunming.kjj.carrier.common.TenantId;
import cn.kunming.kjj.carrier.tenant.Tenant;

import java.util.List;
import java.util.Optional;

/** Tenants are reference data that no tenant owns: every signed-in user may read them, so no scope is taken. */
public interface TenantRepository extends Tenants {

    void insert(Tenant tenant);

    /** Updates when the stored version equals {@code tenant.version()}; returns false otherwise. */
    boolean update(Tenant tenant);
}
