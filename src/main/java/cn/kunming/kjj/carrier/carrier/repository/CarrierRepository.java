package cn.kunming.kjj.carrier.carrier.repository;

import cn.kunming.kjj.carrier.common.DossierId;
import cn.kunming.kjj.carrier.common.CarrierId;
import cn.kunming.kjj.carrier.carrier.Carriers;
import cn.kunming.kjj.carrier.carrier.Carrier;
import cn.kunming.kjj.carrier.carrier.CarrierFilter;
import cn.kunming.kjj.carrier.carrier.CarrierDraft;
import cn.kunming.kjj.carrier.common.CarrierKind;
import cn.kunming.kjj.carrier.security.TenantScope;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/** Carriers are tenant-owned; every read takes the caller's scope. */
public interface CarrierRepository extends Carriers {

    /** One page of {@link #find}, in its order. */
    List<Carrier> find(TenantScope scope, CarrierFilter filter, int offset, int limit);

    int count(TenantScope scope, CarrierFilter filter);

    Optional<Carrier> findByDossier(TenantScope scope, DossierId dossierId);

    /** These carriers, as far as they are in scope (the rows a reader selected). */
    List<Carrier> findByIds(TenantScope scope, Collection<CarrierId> ids);

    /** The industry fields of the carriers in scope, in order, at most {@code most}. */
    List<String> fields(TenantScope scope, int most);

}
