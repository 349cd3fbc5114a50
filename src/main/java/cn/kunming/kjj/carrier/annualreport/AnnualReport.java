package cn.kunming.kjj.carrier.annualreport;

import cn.kunming.kjj.carrier.common.UnitId;
import cn.kunming.kjj.carrier.common.CarrierId;
import cn.kunming.kjj.carrier.common.ReportId;
import cn.kunming.kjj.carrier.common.TenantId;

import java.time.LocalDate;
import java.time.LocalDateTime;

/** A carrier's report for one year. */
public record AnnualReport(ReportId id, CarrierId carrierId, String carrierName, UnitId unitId, TenantId tenantId, int year,
                           ReportStatus status, ReportContent content, LocalDate dueOn, LocalDateTime submittedAt,
                           String returnReason, LocalDateTime savedAt, int version) {

    public boolean overdueOn(LocalDate today) {
        return status != ReportStatus.SUBMITTED && today.isAfter(dueOn);
    }
}
