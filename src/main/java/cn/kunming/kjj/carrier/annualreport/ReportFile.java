package cn.kunming.kjj.carrier.annualreport;

import cn.kunming.kjj.carrier.common.ReportId;
import java.time.LocalDateTime;

/** A file attached to a yearly report. */
public record ReportFile(long id, ReportId reportId, String fileName, long sizeBytes, String sha256, String uploadedBy,
                         LocalDateTime uploadedAt) {
}
