package cn.kunming.kjj.carrier.document;

import java.time.LocalDateTime;

/** Which template a kind uses now: the default ({@code replaced} false) or one uploaded by someone at a time. */
public record TemplateStatus(DocumentKind kind, boolean replaced, String fileName, String uploadedBy,
                             LocalDateTime uploadedAt) {
}
