package cn.kunming.kjj.carrier.audit;

/** The end of the audit chain as last written: its sequence number and hash, which the verification must reach. */
public record ChainHead(long seq, String hash) {
}
