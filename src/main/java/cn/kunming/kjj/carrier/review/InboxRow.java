package cn.kunming.kjj.carrier.review;

import cn.kunming.kjj.carrier.dossier.Dossier;
import org.jspecify.annotations.Nullable;

import java.time.LocalDateTime;

/** A dossier in a district officer's inbox, with the unit, when it was last submitted and the last action. */
public record InboxRow(Dossier dossier, String unitName, int submittedVersions, @Nullable LocalDateTime lastSubmittedAt,
                       @Nullable DistrictReview lastAction) {
}
