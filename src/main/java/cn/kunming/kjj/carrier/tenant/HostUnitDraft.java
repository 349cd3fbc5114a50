package cn.kunming.kjj.carrier.tenant;

import org.jspecify.annotations.Nullable;
import cn.kunming.kjj.carrier.common.TenantId;

/** The facts a unit gives when it is first recorded. */
public record HostUnitDraft(String name, String creditCode, UnitType type, TenantId tenantId, @Nullable String address,
                          @Nullable String legalRepresentative, @Nullable String contactName,
                          @Nullable String contactPhone) {
}
