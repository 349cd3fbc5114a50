package cn.kunming.kjj.carrier.tenant;

import cn.kunming.kjj.carrier.common.UnitId;
import cn.kunming.kjj.carrier.security.TenantScope;

import java.util.Optional;

/**
 * The units other features may look up (by id, by unified social credit code, as names for lists). A narrow interface
 * at the feature's root: other features use it, never the feature's repositories.
 */
public interface HostUnits {

    /** Unit id → name of every unit in scope, for lists and exports (one query instead of one per row). */
    java.util.Map<UnitId, String> names(TenantScope scope);

    Optional<HostUnit> findById(TenantScope scope, UnitId id);

    /** The activated unit that holds the code. */
    Optional<HostUnit> findByCreditCode(TenantScope scope, String creditCode);
}
