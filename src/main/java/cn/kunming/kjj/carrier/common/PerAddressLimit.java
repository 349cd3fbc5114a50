package cn.kunming.kjj.carrier.common;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.Bucket;

import java.time.Duration;

/**
 * So many actions per period from one client address (a token bucket each). The table is bounded: the least
 * recently seen addresses are evicted, and an address idle for a whole period is forgotten (it would have a full
 * bucket again anyway).
 */
public final class PerAddressLimit {

    public static final int MAX_TRACKED = 100_000;

    private final int perPeriod;
    private final Duration period;
    private final Cache<String, Bucket> buckets;

    public PerAddressLimit(int perPeriod, Duration period) {
        this.perPeriod = perPeriod;
        this.period = period;
        this.buckets = Caffeine.newBuilder().maximumSize(MAX_TRACKED).expireAfterAccess(period.multipliedBy(2)).build();
    }

    /** Takes one action for the address; false when its allowance is used up. */
    public boolean tryAcquire(String clientAddress) {
        return buckets.get(clientAddress == null ? "" : clientAddress, a -> Bucket.builder()
                .addLimit(Bandwidth.builder().capacity(perPeriod).refillGreedy(perPeriod, period).build())
                .build()).tryConsume(1);
    }

    /** Addresses tracked now. */
    public long tracked() {
        buckets.cleanUp();
        return buckets.estimatedSize();
    }
}
