package cn.kunming.kjj.carrier.carrier;

import cn.kunming.kjj.carrier.common.CarrierKind;
import cn.kunming.kjj.carrier.common.TenantId;

/** Filters of the register; a null field does not filter. {@code year} is the year of approval. */
public record CarrierFilter(CarrierKind kind, CarrierStatus status, String field, TenantId tenant, Integer year) {

    public static CarrierFilter none() {
        return new CarrierFilter(null, null, null, null, null);
    }
}
