package cn.kunming.kjj.carrier.api;

import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.Bucket;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Limits the public API per client address (token bucket, refilled every minute). The address is the one the
 * servlet container reports; behind a proxy, set {@code server.forward-headers-strategy} so that it is the client's.
 */
@Component
class ApiRateLimiter {

    /** Beyond this many tracked addresses the table starts afresh, so that memory stays bounded. */
    private static final int MAX_TRACKED = 10_000;

    private final int perMinute;
    private final Map<String, Bucket> buckets = new ConcurrentHashMap<>();

    ApiRateLimiter(@Value("${portal.api.rate-limit.per-minute:60}") int perMinute) {
        this.perMinute = perMinute;
    }

    boolean tryAcquire(String clientAddress) {
        if (buckets.size() > MAX_TRACKED) {
            buckets.clear();
        }
        return buckets.computeIfAbsent(clientAddress, a -> Bucket.builder()
                .addLimit(Bandwidth.builder().capacity(perMinute).refillGreedy(perMinute, Duration.ofMinutes(1)).build())
                .build()).tryConsume(1);
    }
}
