package cn.kunming.kjj.carrier.tenant;

import cn.kunming.kjj.carrier.common.UnitId;
import cn.kunming.kjj.carrier.common.TenantId;

import java.time.LocalDateTime;

/** A host unit (依托单位); it belongs to exactly one recommending tenant. */
public record HostUnit(UnitId id, String name, String creditCode, boolean creditCodeOverride, UnitType type,
                       RegistrationStatus registrationStatus, TenantId tenantId, String address,
                       String legalRepresentative, String contactName, String contactPhone,
                       ActivationStatus activationStatus, LocalDateTime createdAt, int version,
                       String decidedBy, LocalDateTime decidedAt, String rejectionReason) {
}
