package cn.kunming.kjj.carrier.api;

import cn.kunming.kjj.carrier.common.PerAddressLimit;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

import java.time.Duration;

/**
 * Limits the public API per client address (per minute). The address is the connection's, or the one a trusted
 * proxy reports (Tomcat's remote-IP valve, {@code server.tomcat.remoteip.internal-proxies}); a client's own
 * {@code X-Forwarded-For} never changes it.
 */
@Component
class ApiRateLimiter {

    private final PerAddressLimit limit;

    ApiRateLimiter(@Value("${portal.api.rate-limit.per-minute:60}") int perMinute) {
        this.limit = new PerAddressLimit(perMinute, Duration.ofMinutes(1));
    }

    boolean tryAcquire(String clientAddress) {
        return limit.tryAcquire(clientAddress);
    }
}
