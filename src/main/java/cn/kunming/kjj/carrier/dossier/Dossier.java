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
 * A dossier as its editor and reviewers see it: the current content and where it stands.
 *
 * @param revisionDue while RETURNED, the last day on which the applicant may resubmit (P4.3)
 */
public record Dossier(DossierId id, CallId callId, UnitId unitId, TenantId tenantId, CarrierKind kind, DossierStatus status,
                      DossierContent content, int submittedVersions, LocalDateTime lastSavedAt, String lastSavedBy,
                      LocalDateTime createdAt, int version, @Nullable LocalDate revisionDue) {
}
