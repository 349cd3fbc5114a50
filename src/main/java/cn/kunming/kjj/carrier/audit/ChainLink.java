package cn.kunming.kjj.carrier.audit;

import org.jspecify.annotations.Nullable;

/** An event as a link of the chain: its number, the hash it says came before it, and its own hash. */
public record ChainLink(long seq, @Nullable String previousHash, String hash, AuditEvent event) {
}
