package cn.kunming.kjj.carrier.annualreport;

import cn.kunming.kjj.carrier.common.UnitId;
import cn.kunming.kjj.carrier.common.CarrierId;
import cn.kunming.kjj.carrier.common.TenantId;

import java.time.LocalDate;

/** A carrier on the list, as far as its reports are concerned. */
public record ReportableCarrier(CarrierId id, String name, UnitId unitId, TenantId tenantId, LocalDate approvedOn) {
}
