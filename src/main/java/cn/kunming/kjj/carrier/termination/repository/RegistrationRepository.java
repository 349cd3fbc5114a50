package cn.kunming.kjj.carrier.termination.repository;

import cn.kunming.kjj.carrier.common.UnitId;
import cn.kunming.kjj.carrier.common.CarrierId;
import cn.kunming.kjj.carrier.common.DossierId;
import org.jspecify.annotations.Nullable;
import cn.kunming.kjj.carrier.common.TenantId;
import cn.kunming.kjj.carrier.security.TenantScope;
import cn.kunming.kjj.carrier.tenant.RegistrationStatus;
import cn.kunming.kjj.carrier.termination.RegistrationAlert;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;

/** Registration records and alerts carry the unit's tenant and are read in scope. */
public interface RegistrationRepository {

    boolean importKnown(String sha256);

    long insertImport(String fileName, String sha256, int entries, String by, LocalDateTime at);

    /** Sets the unit's status and keeps the record; the import id is null for an officer's entry. */
    void record(UnitId unitId, TenantId tenant, RegistrationStatus status, LocalDate on, @Nullable Long importId,
                @Nullable String evidenceName, @Nullable String evidenceSha256, String by, LocalDateTime at);

    /** Units whose registration is {@code status}, with the date it took that status. */
    List<UnitStatus> unitsIn(RegistrationStatus status);

    record UnitStatus(UnitId unitId, TenantId tenant, LocalDate on) {
    }

    /** The date the unit took its current registration status, when known. */
    Optional<LocalDate> statusOn(UnitId unitId);

    /** Raises an alert unless one with the key exists; true when raised. */
    boolean raise(UnitId unitId, TenantId tenant, RegistrationAlert.Kind kind, @Nullable CarrierId carrierId,
                  @Nullable DossierId dossierId, String key, LocalDateTime at);

    List<RegistrationAlert> alerts(TenantScope scope, boolean openOnly);

    Optional<RegistrationAlert> alert(TenantScope scope, long id);

    boolean close(long id, int version, String decision, @Nullable String reason, String by, LocalDateTime at);
}
