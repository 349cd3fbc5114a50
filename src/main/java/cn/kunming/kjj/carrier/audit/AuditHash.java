package cn.kunming.kjj.carrier.audit;

import cn.kunming.kjj.carrier.common.Sha256;

import java.nio.charset.StandardCharsets;
import java.time.format.DateTimeFormatter;

/**
 * The hash of one link of the audit chain: SHA-256 over the previous link's hash, the link's number and every field
 * of the event as stored. Each field is written with its length first, so that no two different events read alike.
 */
public final class AuditHash {

    /** The "previous hash" of the first link. */
    public static final String GENESIS = "0".repeat(64);
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSS");

    private AuditHash() {
    }

    public static String of(String previous, long seq, AuditEvent e) {
        StringBuilder s = new StringBuilder();
        for (String field : new String[]{previous, String.valueOf(seq), String.valueOf(e.id()),
                e.occurredAt() == null ? null : TIME.format(e.occurredAt()), e.actor(), e.actorRole(), e.tenantId(),
                e.action(), e.entityType(), e.entityId(), e.ruleId(), e.detail()}) {
            if (field == null) {
                s.append("-;");
            } else {
                s.append(field.length()).append(':').append(field).append(';');
            }
        }
        return Sha256.hex(s.toString().getBytes(StandardCharsets.UTF_8));
    }
}
