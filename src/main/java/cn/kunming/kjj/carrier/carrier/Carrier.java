package cn.kunming.kjj.carrier.carrier;

import cn.kunming.kjj.carrier.common.UnitId;
import cn.kunming.kjj.carrier.common.CarrierId;
import cn.kunming.kjj.carrier.common.DossierId;
import cn.kunming.kjj.carrier.common.CarrierKind;
import cn.kunming.kjj.carrier.common.TenantId;
import org.jspecify.annotations.Nullable;

import java.time.LocalDate;

/**
 * A carrier on the register, created by the approval of its dossier (P4.5).
 *
 * @param creditCode its unit's unified social credit code (issue 25: lists show it)
 * @param banEndsOn after a disqualification (M5.4), the last day on which its unit may not apply
 */
public record Carrier(CarrierId id, DossierId dossierId, UnitId unitId, String unitName, String creditCode, TenantId tenantId,
                      CarrierKind kind, String name, @Nullable String industryField, LocalDate approvedOn,
                      String documentNumber, CarrierStatus status, LocalDate statusSince, @Nullable LocalDate banEndsOn,
                      int version) {
}
