package cn.kunming.kjj.carrier.e2e;

import cn.kunming.kjj.carrier.support.LoginForm;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import java.net.CookieManager;
import java.net.HttpCookie;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The limit of two sessions per account holds across the nodes (decision 0029, later paragraph): one account signs in
 * twice on node a and once on node b, over HTTP through the proxy. The sign-in on node b ends the least recently used
 * session, which lives on node a: node a sends its next request to the login page with the message of the limit, as a
 * single node did; the two others go on. The forced sign-out is audited.
 */
@Tag("cluster")
@Order(5)
class ClusterSessionLimitTest {

    /** A demo account no other cluster test signs in with. */
    private static final String ACCOUNT = "district.gxq";
    private static final String PAGE = "/district";

    private final ClusterNodes cluster = new ClusterNodes();

    @Test
    void aThirdSignInOnNodeBEndsTheFirstSessionOnNodeAAndTheOtherTwoGoOn() throws Exception {
        long account = cluster.number("SELECT id FROM account WHERE username = ?", ACCOUNT);
        assertThat(account).as("the demo account %s (profile demo)", ACCOUNT).isPositive();
        long endedBefore = endedByLimit(account);

        Browser first = signIn(cluster.a);
        Browser second = signIn(cluster.a);
        assertThat(get(second, PAGE).statusCode()).isEqualTo(200);
        Browser third = signIn(cluster.b);
        assertThat(List.of(first.route(), second.route(), third.route())).as("two sessions on node a, one on node b")
                .containsExactly("a", "a", "b");

        // node a asks the shared registry about a session at most every few seconds: it refuses the first soon after
        HttpResponse<String> refused = null;
        Instant giveUp = Instant.now().plusSeconds(30);
        while (Instant.now().isBefore(giveUp)) {
            HttpResponse<String> page = get(first, PAGE);
            if (page.statusCode() == 302) {
                refused = page;
                break;
            }
            assertThat(page.statusCode()).isEqualTo(200);
            Thread.sleep(500);
        }
        assertThat(refused).as("node a ended the first session within 30 s").isNotNull();
        assertThat(refused.headers().firstValue("Location").orElseThrow()).as("sent to the login page, told why")
                .endsWith("/login?expired");
        assertThat(first.route()).as("still served by node a").isEqualTo("a");
        assertThat(get(first, PAGE).headers().firstValue("Location").orElseThrow()).as("signed out")
                .endsWith("/login").doesNotContain("expired");

        assertThat(get(second, PAGE).statusCode()).as("the second session on node a goes on").isEqualTo(200);
        assertThat(get(third, PAGE).statusCode()).as("the session on node b goes on").isEqualTo(200);
        assertThat(cluster.rows("SELECT node_route FROM live_session WHERE account_id = ? AND expired = FALSE "
                + "ORDER BY node_route", account)).as("the shared registry: one live session per node")
                .containsExactly(List.of("a"), List.of("b"));
        assertThat(endedByLimit(account) - endedBefore).as("the forced sign-out audited once").isEqualTo(1);
        assertThat(cluster.rows("SELECT detail FROM audit_event WHERE action = 'SESSION_ENDED_BY_LIMIT' AND entity_id = ? "
                + "ORDER BY id DESC", String.valueOf(account)).getFirst().getFirst().toString())
                .contains("a session on node a", "sign-in on node b");
    }

    private long endedByLimit(long account) throws Exception {
        return cluster.number("SELECT COUNT(*) FROM audit_event WHERE action = 'SESSION_ENDED_BY_LIMIT' AND entity_id = ?",
                String.valueOf(account));
    }

    /** A browser over plain HTTP: its own cookies, redirects not followed so that they can be read. */
    private record Browser(HttpClient http, CookieManager cookies) {

        /** The route at the end of its session id: the node that holds its session. */
        String route() {
            return cookies.getCookieStore().getCookies().stream().filter(c -> c.getName().equals("JSESSIONID"))
                    .map(c -> c.getValue().substring(c.getValue().lastIndexOf('.') + 1)).findFirst().orElse("");
        }
    }

    /**
     * Signs in through the proxy on the given node: the browser starts with a session cookie that carries the node's
     * route (an id no node knows), so the proxy sends it there, and the node gives it a session with that route.
     */
    private Browser signIn(ClusterNodes.Node node) throws Exception {
        CookieManager cookies = new CookieManager();
        HttpCookie pin = new HttpCookie("JSESSIONID", "cluster-test-pin." + node.route());
        // the domain and path the node's own cookie gets, so that the node's cookie replaces this one
        pin.setDomain(URI.create(cluster.proxy).getHost());
        pin.setPath("/");
        pin.setVersion(0);
        cookies.getCookieStore().add(URI.create(cluster.proxy), pin);
        Browser browser = new Browser(HttpClient.newBuilder().cookieHandler(cookies).connectTimeout(Duration.ofSeconds(10))
                .followRedirects(HttpClient.Redirect.NEVER).build(), cookies);
        LoginForm.Token token = LoginForm.tokenIn(get(browser, "/login").body());
        HttpResponse<String> signedIn = browser.http().send(HttpRequest.newBuilder(LoginForm.at(cluster.proxy))
                        .timeout(Duration.ofSeconds(30)).header("Content-Type", "application/x-www-form-urlencoded")
                        .POST(HttpRequest.BodyPublishers.ofString(LoginForm.body(ACCOUNT, ClusterNodes.PASSWORD, token)))
                        .build(), HttpResponse.BodyHandlers.ofString());
        assertThat(signedIn.statusCode()).isEqualTo(302);
        assertThat(signedIn.headers().firstValue("Location").orElseThrow()).as("signed in on node %s", node.route())
                .doesNotContain("login");
        assertThat(browser.route()).as("the proxy sent the sign-in to node %s", node.route()).isEqualTo(node.route());
        return browser;
    }

    private HttpResponse<String> get(Browser browser, String path) throws Exception {
        return browser.http().send(HttpRequest.newBuilder(URI.create(cluster.proxy + path)).timeout(Duration.ofSeconds(30))
                .GET().build(), HttpResponse.BodyHandlers.ofString());
    }
}
