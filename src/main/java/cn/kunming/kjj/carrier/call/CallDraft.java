package cn.kunming.kjj.carrier.call;

import cn.kunming.kjj.carrier.common.CarrierKind;

import java.time.LocalDateTime;
import java.util.List;
import java.util.Set;

/** What the bureau writes into a call before publishing it. */
public record CallDraft(int year, String title, Set<CarrierKind> kinds, LocalDateTime opensAt, LocalDateTime closesAt,
                        String body, List<RequiredAttachment> requiredAttachments) {
}
