package cn.kunming.kjj.carrier.expertreview;

import cn.kunming.kjj.carrier.common.UnitId;
import cn.kunming.kjj.carrier.common.CarrierKind;
import cn.kunming.kjj.carrier.common.TenantId;
import org.jspecify.annotations.Nullable;

/**
 * A subject as the engine needs it: whose it is (tenant and unit, for scope and for conflicts of interest), which
 * kind's score sheet applies, and what an expert is shown before any content — the unit, the name, and for a yearly
 * report its year.
 */
public record ReviewSubject(Subject subject, TenantId tenantId, UnitId unitId, CarrierKind kind, String unitName,
                            String name, @Nullable Integer year) {
}
