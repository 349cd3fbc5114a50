package cn.kunming.kjj.carrier.dossier;

import java.time.LocalDateTime;

/** An uploaded attachment; {@code requirementCode} names the call's required attachment it answers, if any. */
public record Attachment(long id, long dossierId, String requirementCode, String fileName, String contentType,
                         long sizeBytes, String sha256, String uploadedBy, LocalDateTime uploadedAt) {
}
