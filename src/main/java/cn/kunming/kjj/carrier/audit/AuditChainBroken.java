package cn.kunming.kjj.carrier.audit;

import org.jspecify.annotations.Nullable;

/** The nightly verification found the audit chain broken at this link (published in the verifying transaction). */
public record AuditChainBroken(@Nullable Long brokenSeq, @Nullable Long brokenEventId) {
}
