package cn.kunming.kjj.carrier.credit;

import com.github.tomakehurst.wiremock.WireMockServer;
import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.LocalDate;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The adapter against a stub server on this machine: answers, timeouts, retries and the open circuit. */
class HttpOnlineCreditServiceTest {

    private static final String CODE = "91350100M000100Y43";
    private WireMockServer server;

    @BeforeEach
    void start() {
        server = new WireMockServer(options().dynamicPort().bindAddress("127.0.0.1"));
        server.start();
    }

    @AfterEach
    void stop() {
        server.stop();
    }

    // a generous connect timeout: on a loaded machine a 1 s one let a call fail before the stub server saw it, and the
    // circuit test then counted four requests for five failures
    private HttpOnlineCreditService service(Duration readTimeout, int attempts) {
        return new HttpOnlineCreditService("http://127.0.0.1:" + server.port() + "/credit", Duration.ofSeconds(10),
                readTimeout, attempts, Duration.ofMillis(10), Duration.ofMinutes(1));
    }

    @Test
    void theEntriesTheServiceAnswersAreRead() {
        server.stubFor(get(urlPathEqualTo("/credit")).willReturn(aResponse().withStatus(200)
                .withHeader("Content-Type", "application/json")
                .withBody("[{\"creditCode\":\"" + CODE + "\",\"name\":\"某公司\",\"listType\":\"严重失信主体名单\","
                        + "\"authority\":\"市场监管局\",\"listedOn\":\"2025-03-01\",\"removedOn\":null}]")));
        assertThat(service(Duration.ofSeconds(2), 1).entriesOf(CODE)).containsExactly(new ListingEntry(CODE, "某公司",
                "严重失信主体名单", "市场监管局", LocalDate.of(2025, 3, 1), null));
        server.verify(getRequestedFor(urlPathEqualTo("/credit")).withQueryParam("code",
                com.github.tomakehurst.wiremock.client.WireMock.equalTo(CODE)));
    }

    @Test
    void aSlowServiceTimesOutAfterEachAttemptAndIsUnavailable() {
        server.stubFor(get(urlPathEqualTo("/credit")).willReturn(aResponse().withStatus(200).withBody("[]")
                .withFixedDelay(1500)));
        assertThatThrownBy(() -> service(Duration.ofMillis(200), 2).entriesOf(CODE))
                .isInstanceOf(OnlineCreditService.Unavailable.class);
        server.verify(2, getRequestedFor(urlPathEqualTo("/credit")));
    }

    @Test
    void aServerErrorIsRetriedAndAClientErrorIsNot() {
        server.stubFor(get(urlPathEqualTo("/credit")).inScenario("flaky").whenScenarioStateIs("Started")
                .willReturn(aResponse().withStatus(503)).willSetStateTo("up"));
        server.stubFor(get(urlPathEqualTo("/credit")).inScenario("flaky").whenScenarioStateIs("up")
                .willReturn(aResponse().withStatus(200).withBody("[]")));
        assertThat(service(Duration.ofSeconds(2), 3).entriesOf(CODE)).isEmpty();
        server.verify(2, getRequestedFor(urlPathEqualTo("/credit")));

        server.resetAll();
        server.stubFor(get(urlPathEqualTo("/credit")).willReturn(aResponse().withStatus(400)));
        assertThatThrownBy(() -> service(Duration.ofSeconds(2), 3).entriesOf(CODE))
                .isInstanceOf(OnlineCreditService.Unavailable.class);
        server.verify(1, getRequestedFor(urlPathEqualTo("/credit")));
    }

    @Test
    void afterRepeatedFailuresTheCircuitOpensAndTheServiceIsNotCalled() {
        server.stubFor(get(urlPathEqualTo("/credit")).willReturn(aResponse().withStatus(500)));
        HttpOnlineCreditService service = service(Duration.ofSeconds(10), 1);
        for (int i = 0; i < 5; i++) {
            assertThatThrownBy(() -> service.entriesOf(CODE)).isInstanceOf(OnlineCreditService.Unavailable.class);
        }
        assertThat(service.circuit()).isEqualTo(CircuitBreaker.State.OPEN);
        assertThatThrownBy(() -> service.entriesOf(CODE)).hasMessage("circuit open");
        server.verify(5, getRequestedFor(urlPathEqualTo("/credit")));
    }

    @Test
    void withoutAnAddressTheServiceIsNotConfigured() {
        HttpOnlineCreditService none = new HttpOnlineCreditService(" ", Duration.ofSeconds(1), Duration.ofSeconds(1), 1,
                Duration.ofMillis(10), Duration.ofMinutes(1));
        assertThat(none.configured()).isFalse();
        assertThatThrownBy(() -> none.entriesOf(CODE)).isInstanceOf(OnlineCreditService.Unavailable.class);
    }
}
