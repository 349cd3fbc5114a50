package cn.kunming.kjj.carrier.dossier;

import cn.kunming.kjj.carrier.common.DossierId;
import org.jspecify.annotations.Nullable;
import java.time.LocalDateTime;

/** An uploaded attachment; {@code requirementCode} names the call's required attachment it answers, if any. */
public record Attachment(long id, DossierId dossierId, @Nullable String requirementCode, String fileName, String contentType,
                         long sizeBytes, String sha256, String uploadedBy, LocalDateTime uploadedAt) {
}
