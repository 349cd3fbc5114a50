package cn.kunming.kjj.carrier.publicity;

import cn.kunming.kjj.carrier.common.NoticeId;
import cn.kunming.kjj.carrier.common.DossierId;
import java.time.LocalDate;
import java.time.LocalDateTime;

/** An objection raised during a public notice against one listed dossier, and how the bureau handled it. */
public record Objection(long id, NoticeId noticeId, DossierId dossierId, String objector, LocalDate receivedOn, String content,
                        String evidenceName, String evidenceSha256, ObjectionStatus status, String handledReason,
                        String recordedBy, LocalDateTime recordedAt, String handledBy, LocalDateTime handledAt,
                        int version) {
}
