package cn.kunming.kjj.carrier.publicity;

import cn.kunming.kjj.carrier.common.NoticeId;
import cn.kunming.kjj.carrier.common.TenantId;
import org.jspecify.annotations.Nullable;

import java.time.LocalDateTime;

/** The opinion one authority gave on one notice (P4.5), as stored: given once, never changed. */
public record ConsultationAnswer(NoticeId noticeId, TenantId authorityId, ConsultationOpinion opinion,
                                 @Nullable String text, String answeredBy, LocalDateTime answeredAt) {
}
