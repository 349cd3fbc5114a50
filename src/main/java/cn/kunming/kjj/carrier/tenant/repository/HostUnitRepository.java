package cn.kunming.kjj.carrier.tenant.repository;

import cn.kunming.kjj.carrier.common.UnitId;
import org.jspecify.annotations.Nullable;
import cn.kunming.kjj.carrier.tenant.HostUnits;
import cn.kunming.kjj.carrier.security.TenantScope;
import cn.kunming.kjj.carrier.tenant.ActivationStatus;
import cn.kunming.kjj.carrier.tenant.HostUnit;
import cn.kunming.kjj.carrier.tenant.HostUnitDraft;

import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;

/** Host units are tenant-owned: every read takes the caller's scope. */
public interface HostUnitRepository extends HostUnits {

    List<HostUnit> find(TenantScope scope, @Nullable String nameOrCode, int offset, int limit);

    int count(TenantScope scope, @Nullable String nameOrCode);

    /** Whether an activated unit holds the code (a pending or rejected registration claims nothing). */
    boolean isClaimed(String creditCode);

    /** Registrations still waiting with this code, in every tenant (competitors of one another). */
    java.util.List<HostUnit> pendingWithCode(String creditCode);

    /**
     * Locks every unit of the code (in id order, so that concurrent callers queue instead of deadlocking) until the
     * transaction ends, and returns them as they are now: one decision per code at a time.
     */
    java.util.List<HostUnit> lockCode(String creditCode);

    /** The business licence scan a registration came with. */
    void attachLicence(UnitId unitId, String fileName, String sha256);

    /** The licence scan's name and hash, when the unit is in scope and has one. */
    Optional<cn.kunming.kjj.carrier.tenant.Licence> licence(TenantScope scope, UnitId unitId);

    UnitId insert(HostUnitDraft unit, boolean creditCodeOverride, ActivationStatus status, LocalDateTime createdAt);

    /** Records the district's decision when the version matches and the unit is in scope. */
    boolean updateActivation(TenantScope scope, UnitId id, int version, ActivationStatus status, String decidedBy,
                             LocalDateTime decidedAt, @Nullable String reason);
}
