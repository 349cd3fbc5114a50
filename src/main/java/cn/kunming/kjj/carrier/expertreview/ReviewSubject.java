package cn.kunming.kjj.carrier.expertreview;

import cn.kunming.kjj.carrier.common.UnitId;
import cn.kunming.kjj.carrier.common.CarrierKind;
import cn.kunming.kjj.carrier.common.TenantId;
import org.jspecify.annotations.Nullable;

import java.time.LocalDate;

/**
 * A subject as the engine needs it: whose it is (tenant and unit, for scope and for conflicts of interest), which
 * kind's score sheet applies, and what an expert is shown before any content — the unit, the name, and for a yearly
 * report its year — and the date by which its review is due, if one is set ({@code dueBy}, issue 25: the expert's list
 * counts down to it).
 */
public record ReviewSubject(Subject subject, TenantId tenantId, UnitId unitId, CarrierKind kind, String unitName,
                            String name, @Nullable Integer year, @Nullable LocalDate dueBy) {

    public ReviewSubject(Subject subject, TenantId tenantId, UnitId unitId, CarrierKind kind, String unitName,
                         String name, @Nullable Integer year) {
        this(subject, tenantId, unitId, kind, unitName, name, year, null);
    }
}
