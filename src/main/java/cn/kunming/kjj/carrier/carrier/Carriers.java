package cn.kunming.kjj.carrier.carrier;

import cn.kunming.kjj.carrier.common.UnitId;
import cn.kunming.kjj.carrier.common.CarrierId;
import cn.kunming.kjj.carrier.common.CarrierKind;
import cn.kunming.kjj.carrier.security.TenantScope;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/**
 * What other features may read of the carrier register, and the registration of an approved dossier's carrier (P4.5).
 * A narrow interface at the feature's root: other features use it, never the feature's repositories.
 */
public interface Carriers {

    /** Registers the carrier of an approved dossier unless it is already registered; true when it was added. */
    boolean insertIfAbsent(CarrierDraft carrier, LocalDateTime at);

    List<Carrier> find(TenantScope scope, CarrierFilter filter);

    Optional<Carrier> findById(TenantScope scope, CarrierId id);

    /** Whether the unit (in scope) holds a carrier of the kind that is on the list now. */
    boolean holdsActive(TenantScope scope, UnitId unitId, CarrierKind kind);

    /**
     * An industry authority reads through its fields, not through a tenant scope (decision 0030): every carrier of
     * these industry fields, whatever its status, newest first. No fields, no carriers.
     */
    List<Carrier> inFields(Collection<String> fields);

    /** The latest end of a ban (M5.4) on the unit that has not passed by {@code today}. */
    Optional<LocalDate> banInForce(TenantScope scope, UnitId unitId, LocalDate today);
}
