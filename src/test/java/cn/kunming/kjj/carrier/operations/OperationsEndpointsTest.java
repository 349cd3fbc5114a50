package cn.kunming.kjj.carrier.operations;

import cn.kunming.kjj.carrier.review.ReviewScenario;
import cn.kunming.kjj.carrier.security.AccountStatus;
import cn.kunming.kjj.carrier.security.Role;
import cn.kunming.kjj.carrier.support.Fixtures;
import cn.kunming.kjj.carrier.support.LoginForm;
import cn.kunming.kjj.carrier.support.MovableClock;
import cn.kunming.kjj.carrier.support.TestProfiles;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalManagementPort;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ActiveProfiles;

import java.net.CookieManager;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The management port as operators and Prometheus use it, on a running server: readiness with the database and
 * attachment storage, liveness, the build and commit, and the portal's business metrics moving with what users do
 * (a submission, wrong passwords, a lockout). The application port serves none of it.
 */
@Tag("database")
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = "portal.metrics.cache-for=PT0S")
@ActiveProfiles(resolver = TestProfiles.class)
@Import({MovableClock.Config.class, cn.kunming.kjj.carrier.support.TypedIdsJdbc.class, Fixtures.class, ReviewScenario.class})
class OperationsEndpointsTest {

    @LocalServerPort
    int port;
    @LocalManagementPort
    int managementPort;
    @Autowired
    Fixtures fixtures;
    @Autowired
    ReviewScenario scenario;

    private final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

    private HttpResponse<String> get(int onPort, String path) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + onPort + path)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private Scrape scrape() throws Exception {
        HttpResponse<String> r = get(managementPort, "/actuator/prometheus");
        assertThat(r.statusCode()).isEqualTo(200);
        return new Scrape(r.body());
    }

    /** A wrong password through the login form, from a browser of its own. */
    private void wrongPassword(String username) throws Exception {
        HttpClient browser = HttpClient.newBuilder().cookieHandler(new CookieManager())
                .followRedirects(HttpClient.Redirect.NEVER).build();
        String page = browser.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/login")).build(),
                HttpResponse.BodyHandlers.ofString()).body();
        HttpResponse<String> r = browser.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/login"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(LoginForm.body(username, "wrong-" + System.nanoTime(),
                        LoginForm.tokenIn(page)))).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(r.headers().firstValue("Location").orElse("")).as("refused").contains("/login");
    }

    @Test
    void readinessOnTheManagementPortIsUpAndChecksTheDatabaseAndAttachmentStorage() throws Exception {
        HttpResponse<String> readiness = get(managementPort, "/actuator/health/readiness");
        assertThat(readiness.statusCode()).isEqualTo(200);
        assertThat(readiness.body()).contains("\"status\":\"UP\"").contains("\"db\"").contains("\"objectStorage\"")
                .contains("\"readinessState\"");

        HttpResponse<String> liveness = get(managementPort, "/actuator/health/liveness");
        assertThat(liveness.statusCode()).isEqualTo(200);
        assertThat(liveness.body()).contains("\"status\":\"UP\"").doesNotContain("\"db\"");
    }

    @Test
    void infoNamesTheBuildAndTheCommitItWasBuiltFrom() throws Exception {
        HttpResponse<String> info = get(managementPort, "/actuator/info");
        assertThat(info.statusCode()).isEqualTo(200);
        assertThat(info.body()).contains("\"build\"").contains("\"artifact\":\"carrier-portal\"");
        // a build from a git checkout (every build here and in CI); a build without .git goes on without it
        if (builtFromAGitCheckout()) {
            assertThat(info.body()).contains("\"git\"").containsPattern("\"id\":\"[0-9a-f]{7,}\"");
        }
    }

    private boolean builtFromAGitCheckout() throws java.io.IOException {
        var git = new java.util.Properties();
        try (var in = getClass().getResourceAsStream("/git.properties")) {
            if (in != null) {
                git.load(in);
            }
        }
        return git.getProperty("git.commit.id") != null;
    }

    @Test
    void theApplicationPortServesNoActuatorAddress() throws Exception {
        for (String path : List.of("/actuator", "/actuator/health", "/actuator/health/readiness", "/actuator/info",
                "/actuator/prometheus")) {
            HttpResponse<String> r = get(port, path);
            assertThat(r.statusCode()).as(path).isNotEqualTo(200);
            assertThat(r.body()).as(path).doesNotContain("portal_").doesNotContain("\"status\"");
        }
    }

    @Test
    void aSubmittedDossierMovesTheSubmissionMetricsAndTheCountOfSubmittedDossiers() throws Exception {
        Scrape before = scrape();
        scenario.submitted(scenario.openCall(), "530102");
        Scrape after = scrape();

        assertThat(after.value("portal_dossier_submissions_total"))
                .isEqualTo(before.value("portal_dossier_submissions_total") + 1);
        assertThat(after.value("portal_dossier_submissions_today"))
                .isEqualTo(before.value("portal_dossier_submissions_today") + 1);
        assertThat(after.value("portal_dossiers", "status", "SUBMITTED"))
                .isEqualTo(before.value("portal_dossiers", "status", "SUBMITTED") + 1);
        assertThat(after.series("portal_dossiers")).as("every status is a series, also at 0").hasSize(12);
    }

    @Test
    void wrongPasswordsAndTheLockoutTheyCauseAreCounted() throws Exception {
        String username = fixtures.username(fixtures.account(Role.DISTRICT_OFFICER, "530102", null, AccountStatus.ACTIVE));
        Scrape before = scrape();
        for (int i = 0; i < 5; i++) {
            wrongPassword(username);
        }
        Scrape after = scrape();

        assertThat(after.value("portal_login_failures_total", "reason", "BadCredentialsException"))
                .isEqualTo(before.value("portal_login_failures_total", "reason", "BadCredentialsException") + 5);
        assertThat(after.value("portal_login_lockouts_total")).isEqualTo(before.value("portal_login_lockouts_total") + 1);
        assertThat(after.value("portal_accounts_locked")).isEqualTo(before.value("portal_accounts_locked") + 1);
    }

    @Test
    void theOutboxTheCreditCircuitAndEveryScheduledJobHaveTheirSeries() throws Exception {
        Scrape scrape = scrape();
        for (String gauge : List.of("portal_mail_outbox_backlog", "portal_mail_outbox_retrying",
                "portal_mail_outbox_given_up", "portal_mail_outbox_oldest_pending_age_seconds")) {
            assertThat(scrape.value(gauge)).as(gauge).isGreaterThanOrEqualTo(0);
        }
        assertThat(scrape.value("portal_credit_circuit_state", "state", "CLOSED")).isEqualTo(1);
        assertThat(scrape.value("portal_credit_circuit_state", "state", "OPEN")).isZero();
        for (String job : List.of("credit-daily", "disqualification-detect", "termination", "notice-closing",
                "reminders", "audit-chain", "mail-outbox", "session-sweep")) {
            assertThat(scrape.series("portal_job_last_outcome").stream().map(s -> s.labels().get("job")))
                    .as("the jobs with a series").contains(job);
            assertThat(scrape.series("portal_job_runs_total").stream()
                    .filter(s -> job.equals(s.labels().get("job"))).map(s -> s.labels().get("outcome")))
                    .containsExactlyInAnyOrder("success", "failure", "skipped");
        }
        assertThat(scrape.series("jvm_memory_used_bytes")).as("the JVM's metrics beside the portal's").isNotEmpty();
    }

    @Test
    void everyResponseNamesItsRequestIdAndAProxysIdOfAHarmlessFormIsKept() throws Exception {
        HttpResponse<String> own = get(port, "/login");
        assertThat(own.headers().firstValue("X-Request-Id").orElse("")).matches("[0-9a-f-]{36}");

        HttpResponse<String> fromProxy = http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/login"))
                .header("X-Request-Id", "nginx-4f1c2a9b7e").build(), HttpResponse.BodyHandlers.ofString());
        assertThat(fromProxy.headers().firstValue("X-Request-Id")).contains("nginx-4f1c2a9b7e");

        HttpResponse<String> forged = http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/login"))
                .header("X-Request-Id", "<script>alert(1)</script>").build(), HttpResponse.BodyHandlers.ofString());
        assertThat(forged.headers().firstValue("X-Request-Id").orElse("")).matches("[0-9a-f-]{36}");
    }
}
