package cn.kunming.kjj.carrier.api;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.Bucket;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

import java.time.Duration;

/**
 * Limits the public API per client address (token bucket, refilled every minute). The address is the connection's,
 * or the one a trusted proxy reports (Tomcat's remote-IP valve, {@code server.tomcat.remoteip.internal-proxies});
 * a client's own {@code X-Forwarded-For} never changes it. The table is bounded: the least recently seen addresses
 * are evicted (an evicted address starts with a full bucket, as it would a minute later anyway).
 */
@Component
class ApiRateLimiter {

    static final int MAX_TRACKED = 100_000;

    private final int perMinute;
    private final Cache<String, Bucket> buckets;

    ApiRateLimiter(@Value("${portal.api.rate-limit.per-minute:60}") int perMinute) {
        this.perMinute = perMinute;
        this.buckets = Caffeine.newBuilder().maximumSize(MAX_TRACKED).expireAfterAccess(Duration.ofMinutes(2)).build();
    }

    boolean tryAcquire(String clientAddress) {
        return buckets.get(clientAddress, a -> Bucket.builder()
                .addLimit(Bandwidth.builder().capacity(perMinute).refillGreedy(perMinute, Duration.ofMinutes(1)).build())
                .build()).tryConsume(1);
    }

    /** Addresses tracked now (for tests and the operations page). */
    long tracked() {
        buckets.cleanUp();
        return buckets.estimatedSize();
    }
}
