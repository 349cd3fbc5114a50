package cn.kunming.kjj.carrier.annualreport;

import java.time.LocalDateTime;

/** A file attached to a yearly report. */
public record ReportFile(long id, long reportId, String fileName, long sizeBytes, String sha256, String uploadedBy,
                         LocalDateTime uploadedAt) {
}
