package cn.kunming.kjj.carrier.publicity;

import java.time.LocalDate;
import java.time.LocalDateTime;

/** An objection raised during a public notice against one listed dossier, and how the bureau handled it. */
public record Objection(long id, long noticeId, long dossierId, String objector, LocalDate receivedOn, String content,
                        String evidenceName, String evidenceSha256, ObjectionStatus status, String handledReason,
                        String recordedBy, LocalDateTime recordedAt, String handledBy, LocalDateTime handledAt,
                        int version) {
}
