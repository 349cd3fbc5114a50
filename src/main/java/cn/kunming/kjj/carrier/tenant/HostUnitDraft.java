package cn.kunming.kjj.carrier.tenant;

import cn.kunming.kjj.carrier.common.TenantId;

/** The facts a unit gives when it is first recorded. */
public record HostUnitDraft(String name, String creditCode, UnitType type, TenantId tenantId, String address,
                          String legalRepresentative, String contactName, String contactPhone) {
}
