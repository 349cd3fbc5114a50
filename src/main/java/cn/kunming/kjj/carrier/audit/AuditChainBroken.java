package cn.kunming.kjj.carrier.audit;

/** The nightly verification found the audit chain broken at this link (published in the verifying transaction). */
public record AuditChainBroken(Long brokenSeq, Long brokenEventId) {
}
