package cn.kunming.kjj.carrier.annualreport;

import cn.kunming.kjj.carrier.common.ReportId;
import cn.kunming.kjj.carrier.common.TenantId;

import java.time.LocalDateTime;

/** An industry authority's remark on a yearly report, for the bureau's evaluation of that year (M5.1). */
public record EvaluationRemark(long id, ReportId reportId, int year, TenantId authorityId, String authorityName,
                               String remark, String remarkedBy, LocalDateTime remarkedAt) {
}
