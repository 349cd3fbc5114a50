package cn.kunming.kjj.carrier.authority;

import cn.kunming.kjj.carrier.common.ExpertId;
import cn.kunming.kjj.carrier.common.TenantId;
import cn.kunming.kjj.carrier.expert.ExpertDraft;
import org.jspecify.annotations.Nullable;

import java.time.LocalDateTime;

/**
 * An expert an industry authority nominated to the pool (P4.4), and what the bureau made of it.
 *
 * @param expertId the pool entry the nomination became, once ACCEPTED
 */
public record ExpertNomination(long id, TenantId authorityId, String authorityName, ExpertDraft expert, String reason,
                               NominationStatus status, String nominatedBy, LocalDateTime nominatedAt,
                               @Nullable String decidedBy, @Nullable LocalDateTime decidedAt,
                               @Nullable String declineReason, @Nullable ExpertId expertId, int version) {
}
