package cn.kunming.kjj.carrier.publicity;

import cn.kunming.kjj.carrier.common.UnitId;
import cn.kunming.kjj.carrier.common.DossierId;
import org.jspecify.annotations.Nullable;
import cn.kunming.kjj.carrier.common.CarrierKind;
import cn.kunming.kjj.carrier.common.TenantId;

import java.time.LocalDate;

/**
 * One line of a public notice: what the public reads (the unit and name as they were on publication).
 *
 * @param removedOn     the day the entry was taken off the notice before it closed (the unit deregistered, G6.3;
 *                      listed on the closing day, C2.5/C3.6); null while it stands
 * @param removedReason why, in the words the notice shows
 */
public record NoticeEntry(DossierId dossierId, TenantId tenantId, UnitId unitId, String unitName, CarrierKind kind,
                          String name, @Nullable LocalDate removedOn, @Nullable String removedReason) {

    public NoticeEntry(DossierId dossierId, TenantId tenantId, UnitId unitId, String unitName, CarrierKind kind, String name) {
        this(dossierId, tenantId, unitId, unitName, kind, name, null, null);
    }

    public boolean removed() {
        return removedOn != null;
    }
}
