package cn.kunming.kjj.carrier.publicity;

import cn.kunming.kjj.carrier.common.CarrierKind;
import cn.kunming.kjj.carrier.common.TenantId;

/** One line of a public notice: what the public reads (the unit and name as they were on publication). */
public record NoticeEntry(long dossierId, TenantId tenantId, long unitId, String unitName, CarrierKind kind,
                          String name) {
}
