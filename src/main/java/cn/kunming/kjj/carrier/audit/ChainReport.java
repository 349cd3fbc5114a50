package cn.kunming.kjj.carrier.audit;

import org.jspecify.annotations.Nullable;

import java.time.LocalDateTime;

/**
 * What a verification of the audit chain found: intact, or the first broken link (its number, its event where one
 * exists, and what is wrong with it).
 */
public record ChainReport(LocalDateTime checkedAt, String checkedBy, long eventsChecked, boolean intact,
                          @Nullable Long brokenSeq, @Nullable Long brokenEventId,
                          @Nullable Problem problem) {

    public enum Problem {
        /** An event's fields or hash were changed after it was written. */
        HASH_MISMATCH,
        /** An event does not follow the one before it (one was removed or reordered). */
        LINK_MISMATCH,
        /** A number of the chain is missing: its event was removed. */
        MISSING_LINK,
        /** The last links were removed: the chain ends before its head. */
        TRUNCATED,
        /** An event was written around the portal and never joined the chain. */
        UNCHAINED;

        public String messageKey() {
            return "auditChain." + name();
        }
    }
}
