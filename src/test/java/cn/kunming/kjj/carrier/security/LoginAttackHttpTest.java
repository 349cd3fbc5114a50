package cn.kunming.kjj.carrier.security;

import cn.kunming.kjj.carrier.support.Fixtures;
import cn.kunming.kjj.carrier.support.LoginForm;
import cn.kunming.kjj.carrier.support.MovableClock;
import cn.kunming.kjj.carrier.support.TestProfiles;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;

import java.net.CookieManager;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The sign-in attacked as the outside probe did: over raw HTTP against the running server, each attempt from its own
 * session with its own CSRF token, in parallel. Runs on H2 and on MariaDB (tag database).
 */
@Tag("database")
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles(resolver = TestProfiles.class)
@Import({MovableClock.Config.class, cn.kunming.kjj.carrier.support.TypedIdsJdbc.class, Fixtures.class})
class LoginAttackHttpTest {

    private static final int BURST = 32;

    @LocalServerPort
    int port;
    @Autowired
    Fixtures fixtures;
    @Autowired
    JdbcTemplate jdbc;

    /** A browser of its own: its own cookies, redirects not followed so that they can be read. */
    private static HttpClient browser() {
        return HttpClient.newBuilder().cookieHandler(new CookieManager()).followRedirects(HttpClient.Redirect.NEVER)
                .build();
    }

    private URI uri(String path) {
        return URI.create("http://localhost:" + port + path);
    }

    /** Opens the login page and reads the CSRF token it carries for the login form. */
    private LoginForm.Token tokenOf(HttpClient browser) throws Exception {
        String page = browser.send(HttpRequest.newBuilder(uri("/login")).build(), HttpResponse.BodyHandlers.ofString()).body();
        LoginForm.Token token = LoginForm.tokenIn(page);
        assertThat(token).as("the login page carries the token for its form").isNotNull();
        return token;
    }

    private HttpResponse<String> post(HttpClient browser, String username, String password, LoginForm.Token token,
                                      String... headers) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(uri("/login"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(LoginForm.body(username, password, token)));
        if (headers.length > 0) {
            request.headers(headers);
        }
        return browser.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    /** Signs in from a fresh session the way the login form does; the redirect it answers with. */
    private String signIn(String username, String password) throws Exception {
        HttpClient browser = browser();
        return post(browser, username, password, tokenOf(browser)).headers().firstValue("Location").orElse("");
    }

    private static boolean signedIn(String location) {
        return !location.isEmpty() && !location.contains("/login");
    }

    private String officer() {
        return fixtures.username(fixtures.account(Role.DISTRICT_OFFICER, "530102", null, AccountStatus.ACTIVE));
    }

    private int audited(String username, String action) {
        return jdbc.queryForObject("select count(*) from audit_event where actor = ? and action = ?", Integer.class,
                username, action);
    }

    private Timestamp lockedUntil(String username) {
        return jdbc.queryForObject("select locked_until from account where username = ?", Timestamp.class, username);
    }

    @Test
    void aCrossSitePostToTheLoginWithoutTheTokenSignsNoOneIn() throws Exception {
        String username = officer();
        HttpClient victim = browser();
        HttpResponse<String> forged = post(victim, username, Fixtures.PASSWORD, null, "Origin", "https://evil.example");
        assertThat(signedIn(forged.headers().firstValue("Location").orElse(""))).isFalse();
        HttpResponse<String> after = victim.send(HttpRequest.newBuilder(uri("/district")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(after.statusCode()).as("the browser is not signed in").isEqualTo(302);
        assertThat(after.headers().firstValue("Location").orElseThrow()).contains("/login");
        assertThat(audited(username, "LOGIN_SUCCEEDED")).isZero();

        assertThat(signedIn(signIn(username, Fixtures.PASSWORD))).as("the login form, with its token, signs in").isTrue();
    }

    @Test
    void exactlyFiveWrongPasswordsInARowLockTheAccountAndEachIsAuditedOnce() throws Exception {
        String username = officer();
        for (int i = 1; i <= 4; i++) {
            assertThat(signedIn(signIn(username, "wrong-" + i))).isFalse();
        }
        assertThat(audited(username, "LOGIN_FAILED")).isEqualTo(4);
        assertThat(lockedUntil(username)).as("four do not lock").isNull();

        assertThat(signedIn(signIn(username, "wrong-5"))).isFalse();
        assertThat(audited(username, "LOGIN_FAILED")).isEqualTo(5);
        assertThat(audited(username, "ACCOUNT_LOCKED")).isEqualTo(1);
        assertThat(lockedUntil(username)).isNotNull();
        assertThat(signedIn(signIn(username, Fixtures.PASSWORD))).as("the right password during the lock").isFalse();
    }

    @Test
    void aBurstOfParallelWrongPasswordsCountsEachLocksOnceAndTheRightPasswordInItsWakeIsRefused() throws Exception {
        String username = officer();
        List<HttpClient> browsers = new ArrayList<>();
        List<LoginForm.Token> tokens = new ArrayList<>();
        for (int i = 0; i < BURST; i++) {
            HttpClient b = browser();
            browsers.add(b);
            tokens.add(tokenOf(b));
        }
        HttpClient owner = browser();
        LoginForm.Token ownerToken = tokenOf(owner);

        CountDownLatch start = new CountDownLatch(1);
        CountDownLatch fiveAnswered = new CountDownLatch(5);
        ExecutorService pool = Executors.newFixedThreadPool(BURST);
        List<CompletableFuture<String>> answers = new ArrayList<>();
        for (int i = 0; i < BURST; i++) {
            int n = i;
            answers.add(CompletableFuture.supplyAsync(() -> {
                try {
                    start.await();
                    String location = post(browsers.get(n), username, "wrong-" + n, tokens.get(n)).headers()
                            .firstValue("Location").orElse("");
                    fiveAnswered.countDown();
                    return location;
                } catch (Exception e) {
                    throw new IllegalStateException(e);
                }
            }, pool));
        }
        start.countDown();
        assertThat(fiveAnswered.await(120, TimeUnit.SECONDS)).isTrue();
        // five failures are in; the rest of the burst is still in flight
        String ownersAnswer = post(owner, username, Fixtures.PASSWORD, ownerToken).headers().firstValue("Location").orElse("");
        CompletableFuture.allOf(answers.toArray(CompletableFuture[]::new)).get(120, TimeUnit.SECONDS);
        pool.shutdown();

        assertThat(answers).allSatisfy(a -> assertThat(signedIn(a.join())).isFalse());
        assertThat(signedIn(ownersAnswer)).as("the right password after the fifth failure").isFalse();
        assertThat(audited(username, "ACCOUNT_LOCKED")).as("locked once").isEqualTo(1);
        assertThat(audited(username, "LOGIN_FAILED")).as("every attempt audited once").isEqualTo(BURST + 1);
        Timestamp lock = lockedUntil(username);
        assertThat(lock).as("no concurrent write overwrote the lock").isNotNull();
        assertThat(signedIn(signIn(username, Fixtures.PASSWORD))).isFalse();
        assertThat(lockedUntil(username)).as("nor does a later attempt").isEqualTo(lock);
    }

    @Test
    void anUnknownNameAWrongPasswordAndALockedAccountGetTheSameAnswer() throws Exception {
        String locked = officer();
        for (int i = 1; i <= 5; i++) {
            signIn(locked, "wrong-" + i);
        }
        String unknown = signIn("nobody-" + Fixtures.unique("x"), "whatever1");
        String wrong = signIn(officer(), "wrong-password");
        String lockedRight = signIn(locked, Fixtures.PASSWORD);
        assertThat(unknown).contains("/login?error");
        assertThat(wrong).isEqualTo(unknown);
        assertThat(lockedRight).isEqualTo(unknown);
    }
}
