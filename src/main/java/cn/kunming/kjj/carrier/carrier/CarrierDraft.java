package cn.kunming.kjj.carrier.carrier;

import cn.kunming.kjj.carrier.common.UnitId;
import cn.kunming.kjj.carrier.common.DossierId;
import cn.kunming.kjj.carrier.common.CarrierKind;
import cn.kunming.kjj.carrier.common.TenantId;
import org.jspecify.annotations.Nullable;

import java.time.LocalDate;

/** What the approval of a dossier puts on the register (P4.5). */
public record CarrierDraft(DossierId dossierId, UnitId unitId, TenantId tenantId, CarrierKind kind, String name,
                           @Nullable String industryField, LocalDate approvedOn, String documentNumber) {
}
