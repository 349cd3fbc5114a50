package cn.kunming.kjj.carrier.document;

import java.time.LocalDateTime;

/** A template an administrator put in place of the default of its kind. */
public record StoredTemplate(DocumentKind kind, String fileName, byte[] content, String sha256, String uploadedBy,
                             LocalDateTime uploadedAt) {
}
