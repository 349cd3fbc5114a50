package cn.kunming.kjj.carrier.dossier;

import cn.kunming.kjj.carrier.common.DossierId;
import java.time.LocalDateTime;
import java.util.List;

/** A submitted, locked version: exactly what was submitted, and how the rules judged it then. */
public record DossierVersion(DossierId dossierId, int number, DossierContent content, String ruleSetVersion,
                             boolean eligible, boolean failAcknowledged, LocalDateTime submittedAt, String submittedBy,
                             List<Attachment> attachments) {

    public DossierVersion {
        attachments = attachments == null ? List.of() : List.copyOf(attachments);
    }
}
