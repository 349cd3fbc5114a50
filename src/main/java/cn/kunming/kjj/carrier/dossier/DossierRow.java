package cn.kunming.kjj.carrier.dossier;

import cn.kunming.kjj.carrier.common.UnitId;
import cn.kunming.kjj.carrier.common.CallId;
import cn.kunming.kjj.carrier.common.DossierId;
import cn.kunming.kjj.carrier.common.CarrierKind;
import cn.kunming.kjj.carrier.common.TenantId;
import org.jspecify.annotations.Nullable;

import java.time.LocalDate;
import java.time.LocalDateTime;

/**
 * One line of the dossier list: what the list and its export show, without the content document. The unit's name and
 * unified social credit code come with it (issue 25), as do the last submission and the resubmission date, so that
 * the district's inbox is the same list.
 */
public record DossierRow(DossierId id, CallId callId, UnitId unitId, TenantId tenantId, CarrierKind kind, DossierStatus status,
                         @Nullable String name, @Nullable String industryField, LocalDateTime lastSavedAt,
                         int submittedVersions, String unitName, String creditCode, @Nullable LocalDateTime lastSubmittedAt,
                         @Nullable LocalDate revisionDue) {
}
