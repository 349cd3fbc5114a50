package cn.kunming.kjj.carrier.carrier.repository;

import cn.kunming.kjj.carrier.carrier.Carrier;
import cn.kunming.kjj.carrier.carrier.CarrierFilter;
import cn.kunming.kjj.carrier.carrier.NewCarrier;
import cn.kunming.kjj.carrier.common.CarrierKind;
import cn.kunming.kjj.carrier.security.TenantScope;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;

/** Carriers are tenant-owned; every read takes the caller's scope. */
public interface CarrierRepository {

    /** Registers the carrier of an approved dossier unless it is already registered; true when it was added. */
    boolean insertIfAbsent(NewCarrier carrier, LocalDateTime at);

    List<Carrier> find(TenantScope scope, CarrierFilter filter);

    /** One page of {@link #find}, in its order. */
    List<Carrier> find(TenantScope scope, CarrierFilter filter, int offset, int limit);

    int count(TenantScope scope, CarrierFilter filter);

    Optional<Carrier> findByDossier(TenantScope scope, long dossierId);

    Optional<Carrier> findById(TenantScope scope, long id);

    /** Whether the unit (in scope) holds a carrier of the kind that is on the list now. */
    boolean holdsActive(TenantScope scope, long unitId, CarrierKind kind);

    /** The latest end of a ban (M5.4) on the unit that has not passed by {@code today}. */
    Optional<LocalDate> banInForce(TenantScope scope, long unitId, LocalDate today);
}
