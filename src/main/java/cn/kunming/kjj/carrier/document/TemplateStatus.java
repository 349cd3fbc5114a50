package cn.kunming.kjj.carrier.document;

import org.jspecify.annotations.Nullable;
import java.time.LocalDateTime;

/** Which template a kind uses now: the default ({@code replaced} false) or one uploaded by someone at a time. */
public record TemplateStatus(DocumentKind kind, boolean replaced, @Nullable String fileName, @Nullable String uploadedBy,
                             @Nullable LocalDateTime uploadedAt) {
}
