package cn.kunming.kjj.carrier.security;

import cn.kunming.kjj.carrier.support.RawHttp;
import cn.kunming.kjj.carrier.support.Scenarios;
import cn.kunming.kjj.carrier.support.TestProfiles;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Forwarded headers from a client that is not a configured proxy (here the test itself: the trusted proxy is set to
 * an address it does not have): they change neither redirects nor the address the rate limit counts.
 */
@Tag("database")
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "server.tomcat.remoteip.internal-proxies=10\\\\.99\\\\.99\\\\.99", "portal.api.rate-limit.per-minute=3"})
@ActiveProfiles(resolver = TestProfiles.class)
class ForwardedHeadersHttpTest {

    @LocalServerPort
    int port;

    private final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

    @Test
    void aForgedForwardedHostDoesNotTurnTheLoginRedirectToAnotherSite() throws Exception {
        HttpResponse<String> answer = http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/district"))
                .header("X-Forwarded-Host", "evil.example").header("X-Forwarded-Proto", "https").GET().build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(answer.statusCode()).isEqualTo(302);
        assertThat(answer.headers().firstValue("Location").orElseThrow()).doesNotContain("evil.example")
                .doesNotStartWith("https:");
        assertThat(answer.headers().firstValue("Strict-Transport-Security")).as("not over TLS").isEmpty();
    }

    @Test
    void aNewForwardedForOnEveryCallDoesNotResetTheRateLimit() throws Exception {
        int refused = 0;
        for (int i = 0; i < 6; i++) {
            HttpResponse<String> answer = http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port
                            + "/api/v1/eligibility/check")).header("Content-Type", "application/json")
                    .header("X-Forwarded-For", "203.0.113." + i)
                    .POST(HttpRequest.BodyPublishers.ofString(Scenarios.CONCEPT_CENTRE_REQUEST))
                    .build(), HttpResponse.BodyHandlers.ofString());
            if (answer.statusCode() == 429) {
                refused++;
            }
        }
        assertThat(refused).as("three of six calls from one real address").isEqualTo(3);
    }

    @Test
    void aHostNameLongerThanDnsAllowsIsA400NotA500WithTheNameInAHeader() throws Exception {
        String tooLong = "a".repeat(7600);
        assertThat(rawGet("/district", tooLong)).startsWith("HTTP/1.1 400").doesNotContain(tooLong.substring(0, 300));
        String longest = "b".repeat(SecurityConfig.LONGEST_HOST_NAME);
        assertThat(rawGet("/district", longest)).as("the longest name DNS allows").startsWith("HTTP/1.1 302");
        assertThat(rawGet("/district", longest + "b")).startsWith("HTTP/1.1 400");
    }

    private String rawGet(String path, String hostAndMore) throws java.io.IOException {
        return RawHttp.get(port, path, hostAndMore);
    }
}
