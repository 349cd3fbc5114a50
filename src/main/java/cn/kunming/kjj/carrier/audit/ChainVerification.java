package cn.kunming.kjj.carrier.audit;

import org.jspecify.annotations.Nullable;

import cn.kunming.kjj.carrier.audit.ChainReport.Problem;

import java.util.List;
import java.util.Optional;

/**
 * The check of a hash chain, apart from where it is stored: every link recomputed in order from the first, so
 * that a changed, removed or inserted event shows as the first link that no longer holds. Used on the live log and
 * on a restored backup alike.
 */
public final class ChainVerification {

    private ChainVerification() {
    }

    /** Reads links in chain order after a number, at most {@code limit}. */
    public interface Links {
        List<ChainLink> after(long seq, int limit);
    }

    /** What was found: the number of links that held, and the first broken one when the chain is not intact. */
    public record Result(long checked, boolean intact, @Nullable Long brokenSeq, @Nullable Long brokenEventId,
                         @Nullable Problem problem) {
    }

    public static Result check(Links links, ChainHead head, Optional<Long> firstUnchained, int page) {
        String previous = AuditHash.GENESIS;
        long expected = 1;
        long checked = 0;
        List<ChainLink> batch = links.after(0, page);
        while (!batch.isEmpty()) {
            for (ChainLink link : batch) {
                if (link.seq() != expected) {
                    return new Result(checked, false, expected, null, Problem.MISSING_LINK);
                }
                if (!previous.equals(link.previousHash())) {
                    return new Result(checked, false, link.seq(), link.event().id(), Problem.LINK_MISMATCH);
                }
                if (!AuditHash.of(previous, link.seq(), link.event()).equals(link.hash())) {
                    return new Result(checked, false, link.seq(), link.event().id(), Problem.HASH_MISMATCH);
                }
                previous = link.hash();
                expected++;
                checked++;
            }
            batch = links.after(expected - 1, page);
        }
        if (head.seq() != expected - 1 || !head.hash().equals(previous)) {
            return new Result(checked, false, expected, null, Problem.TRUNCATED);
        }
        if (firstUnchained.isPresent()) {
            return new Result(checked, false, null, firstUnchained.get(), Problem.UNCHAINED);
        }
        return new Result(checked, true, null, null, null);
    }
}
