package cn.kunming.kjj.carrier.tenant.repository;

import cn.kunming.kjj.carrier.security.TenantScope;
import cn.kunming.kjj.carrier.tenant.ActivationStatus;
import cn.kunming.kjj.carrier.tenant.HostUnit;
import cn.kunming.kjj.carrier.tenant.NewHostUnit;

import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;

/** Host units are tenant-owned: every read takes the caller's scope. */
public interface HostUnitRepository {

    List<HostUnit> find(TenantScope scope, String nameOrCode, int offset, int limit);

    /** Unit id → name of every unit in scope, for lists and exports (one query instead of one per row). */
    java.util.Map<Long, String> names(TenantScope scope);

    int count(TenantScope scope, String nameOrCode);

    Optional<HostUnit> findById(TenantScope scope, long id);

    boolean existsByCreditCode(String creditCode);

    Optional<HostUnit> findByCreditCode(TenantScope scope, String creditCode);

    long insert(NewHostUnit unit, boolean creditCodeOverride, ActivationStatus status, LocalDateTime createdAt);

    /** Records the district's decision when the version matches and the unit is in scope. */
    boolean updateActivation(TenantScope scope, long id, int version, ActivationStatus status, String decidedBy,
                             LocalDateTime decidedAt, String reason);
}
