package cn.kunming.kjj.carrier.review;

import cn.kunming.kjj.carrier.common.CarrierKind;

import java.time.LocalDateTime;

/**
 * An expert's view of one of its assignments before any content: enough to recognise a conflict of interest (the
 * unit and the proposed name) and to know until when it may read the dossier.
 */
public record MyReview(Assignment assignment, long dossierId, CarrierKind kind, String unitName, String proposedName,
                       LocalDateTime readableUntil) {
}
