package cn.kunming.kjj.carrier.credit;

import io.github.resilience4j.circuitbreaker.CallNotPermittedException;
import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import io.github.resilience4j.circuitbreaker.CircuitBreakerConfig;
import io.github.resilience4j.retry.Retry;
import io.github.resilience4j.retry.RetryConfig;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.springframework.util.function.SingletonSupplier;
import tools.jackson.databind.json.JsonMapper;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.function.Supplier;

/**
 * The online credit service over HTTP: {@code GET <url>?code=<credit code>} answering a JSON array of entries.
 * Bounded by connect and read timeouts, retried with backoff on I/O errors and 5xx answers, and behind a circuit
 * breaker so that a service that is down is not hammered — every failure reaches the caller as {@link Unavailable}.
 */
@Component
class HttpOnlineCreditService implements OnlineCreditService {

    private final String url;
    private final Duration readTimeout;
    /** Built on the first lookup: the default TLS context it loads costs the start about 0.1 s (decision 0045). */
    private final SingletonSupplier<HttpClient> client;
    private final Retry retry;
    private final CircuitBreaker breaker;
    private final JsonMapper json = JsonMapper.builder().build();

    HttpOnlineCreditService(@Value("${portal.credit.online.url:}") String url,
                            @Value("${portal.credit.online.connect-timeout:PT2S}") Duration connectTimeout,
                            @Value("${portal.credit.online.read-timeout:PT5S}") Duration readTimeout,
                            @Value("${portal.credit.online.attempts:3}") int attempts,
                            @Value("${portal.credit.online.backoff:PT0.2S}") Duration backoff,
                            @Value("${portal.credit.online.open-for:PT1M}") Duration openFor) {
        this.url = url.strip();
        this.readTimeout = readTimeout;
        this.client = SingletonSupplier.of(() -> HttpClient.newBuilder().connectTimeout(connectTimeout).build());
        this.retry = Retry.of("credit-online", RetryConfig.custom().maxAttempts(attempts).waitDuration(backoff)
                .retryExceptions(IOException.class, ServerError.class).build());
        this.breaker = CircuitBreaker.of("credit-online", CircuitBreakerConfig.custom()
                .slidingWindowSize(10).minimumNumberOfCalls(5).failureRateThreshold(50)
                .waitDurationInOpenState(openFor).build());
    }

    @Override
    public boolean configured() {
        return !url.isEmpty();
    }

    @Override
    public List<ListingEntry> entriesOf(String creditCode) {
        if (!configured()) {
            throw new Unavailable("not configured", null);
        }
        Supplier<List<ListingEntry>> call = CircuitBreaker.decorateSupplier(breaker,
                Retry.decorateCheckedSupplier(retry, () -> fetch(creditCode)).unchecked());
        try {
            return call.get();
        } catch (CallNotPermittedException e) {
            throw new Unavailable("circuit open", e);
        } catch (Exception e) {
            // the retry rethrows the last failure as it was, checked or not
            throw new Unavailable(e.getClass().getSimpleName() + ": " + e.getMessage(), e);
        }
    }

    CircuitBreaker.State circuit() {
        return breaker.getState();
    }

    @Override
    public String circuitState() {
        return circuit().name();
    }

    private List<ListingEntry> fetch(String creditCode) throws IOException, InterruptedException {
        HttpRequest request = HttpRequest.newBuilder(URI.create(url + (url.contains("?") ? "&" : "?") + "code="
                        + URLEncoder.encode(creditCode, StandardCharsets.UTF_8)))
                .timeout(readTimeout).header("Accept", "application/json").GET().build();
        HttpResponse<String> response = client.obtain().send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        if (response.statusCode() >= 500) {
            throw new ServerError(response.statusCode());
        }
        if (response.statusCode() != 200) {
            throw new IllegalStateException("HTTP " + response.statusCode());
        }
        return List.of(json.readValue(response.body(), ListingEntry[].class));
    }

    /** A 5xx answer: worth another attempt. */
    static final class ServerError extends RuntimeException {
        ServerError(int status) {
            super("HTTP " + status);
        }
    }
}
