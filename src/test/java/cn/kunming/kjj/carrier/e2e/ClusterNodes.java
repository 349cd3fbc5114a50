package cn.kunming.kjj.carrier.e2e;

import org.openqa.selenium.By;
import org.openqa.selenium.Cookie;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The two portal nodes behind nginx that .ci/run starts for the cluster tests (profile {@code cluster}, step 9), as the
 * tests reach them: the proxy's address, each node's own ports, the shared database. Everything comes from the
 * environment; a missing variable fails the test (it never skips it), because a cluster run that proves nothing must
 * not pass. Node {@code a} and node {@code b} are the routes the nodes carry in their session ids
 * ({@code PORTAL_NODE_ROUTE}); the proxy picks the node by that route (deploy/nginx/portal-routes.conf).
 */
final class ClusterNodes {

    static final String PASSWORD = System.getenv().getOrDefault("CLUSTER_DEMO_PASSWORD", "Demo@2026");

    /** The proxy (nginx), e.g. http://127.0.0.1:18088. */
    final String proxy = require("CLUSTER_URL");
    final Node a = new Node("a", require("CLUSTER_NODE_A_URL"), require("CLUSTER_NODE_A_MANAGEMENT"));
    final Node b = new Node("b", require("CLUSTER_NODE_B_URL"), require("CLUSTER_NODE_B_MANAGEMENT"));
    private final String dbUrl = require("CLUSTER_DB_URL");
    private final String dbUser = require("CLUSTER_DB_USER");
    private final String dbPassword = require("CLUSTER_DB_PASSWORD");
    final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10))
            .followRedirects(HttpClient.Redirect.NEVER).build();

    /** One portal node: its route, its application port (the proxy's upstream) and its management port. */
    record Node(String route, String url, String management) {

        /** host:port as nginx names the upstream that answered ({@code X-Portal-Upstream}). */
        String upstream() {
            return URI.create(url).getAuthority();
        }
    }

    static String require(String name) {
        String value = System.getenv(name);
        if (value == null || value.isBlank()) {
            throw new IllegalStateException(name + " is not set. The cluster tests run against two portal nodes behind "
                    + "nginx, which .ci/run starts (step 9) and passes to them: CLUSTER_URL, CLUSTER_NODE_A_URL, "
                    + "CLUSTER_NODE_B_URL, CLUSTER_NODE_A_MANAGEMENT, CLUSTER_NODE_B_MANAGEMENT, CLUSTER_NODE_A_PID, "
                    + "CLUSTER_DB_URL, CLUSTER_DB_USER, CLUSTER_DB_PASSWORD, CLUSTER_JOBS_AT, CLUSTER_MAIL_DIR");
        }
        return value.strip();
    }

    Connection db() throws SQLException {
        return DriverManager.getConnection(dbUrl, dbUser, dbPassword);
    }

    /** The first column of the first row, as a long (0 when there is no row). */
    long number(String sql, Object... args) throws SQLException {
        try (Connection c = db(); PreparedStatement s = c.prepareStatement(sql)) {
            for (int i = 0; i < args.length; i++) {
                s.setObject(i + 1, args[i]);
            }
            try (ResultSet r = s.executeQuery()) {
                return r.next() ? r.getLong(1) : 0;
            }
        }
    }

    /** Every row, each as its columns' values in order. */
    List<List<Object>> rows(String sql, Object... args) throws SQLException {
        try (Connection c = db(); PreparedStatement s = c.prepareStatement(sql)) {
            for (int i = 0; i < args.length; i++) {
                s.setObject(i + 1, args[i]);
            }
            try (ResultSet r = s.executeQuery()) {
                List<List<Object>> rows = new ArrayList<>();
                int columns = r.getMetaData().getColumnCount();
                while (r.next()) {
                    List<Object> row = new ArrayList<>();
                    for (int i = 1; i <= columns; i++) {
                        row.add(r.getObject(i));
                    }
                    rows.add(row);
                }
                return rows;
            }
        }
    }

    int update(String sql, Object... args) throws SQLException {
        try (Connection c = db(); PreparedStatement s = c.prepareStatement(sql)) {
            for (int i = 0; i < args.length; i++) {
                s.setObject(i + 1, args[i]);
            }
            return s.executeUpdate();
        }
    }

    private static final Pattern SAMPLE = Pattern.compile("^(\\w+)\\{([^}]*)}\\s+(\\S+)$");

    /**
     * A counter or gauge of a node's Prometheus endpoint (management port), by name and the labels given (others
     * ignored), summed over the series that match; 0 when none does.
     */
    double metric(Node node, String name, Map<String, String> labels) throws IOException, InterruptedException {
        String body = get(node.management() + "/actuator/prometheus").body();
        double sum = 0;
        for (String line : body.split("\n")) {
            Matcher m = SAMPLE.matcher(line.strip());
            if (!m.matches() || !m.group(1).equals(name)) {
                continue;
            }
            Map<String, String> found = new TreeMap<>();
            for (String pair : m.group(2).split(",(?=\\w+=\")")) {
                int eq = pair.indexOf('=');
                if (eq > 0) {
                    found.put(pair.substring(0, eq), pair.substring(eq + 2, pair.length() - 1));
                }
            }
            if (labels.entrySet().stream().allMatch(e -> e.getValue().equals(found.get(e.getKey())))) {
                sum += Double.parseDouble(m.group(3));
            }
        }
        return sum;
    }

    HttpResponse<String> get(String url) throws IOException, InterruptedException {
        return http.send(HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(30)).GET().build(),
                HttpResponse.BodyHandlers.ofString());
    }

    /** Whether the node's readiness answers UP (its own management port, as a load balancer's health check asks). */
    boolean ready(Node node) {
        try {
            return get(node.management() + "/actuator/health/readiness").statusCode() == 200;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    /**
     * A fresh headless Chromium whose browser the proxy sends to the given node: it starts with a session cookie that
     * carries the node's route (an id no node knows), so the proxy passes its first request to that node, which
     * gives it a session of its own with the same route. The person then works as anyone would, through the proxy.
     */
    WebDriver browserOn(Node node) throws IOException {
        WebDriver browser = HeadlessChromium.start();
        // a cookie can only be set on a page of its site: a public static file, which runs no script that could ask
        // for a session of its own meanwhile
        browser.get(proxy + "/styles/portal.css");
        for (int attempt = 1; attempt <= 3; attempt++) {
            browser.manage().deleteAllCookies();
            browser.manage().addCookie(new Cookie("JSESSIONID", "cluster-test-pin." + node.route(), "/"));
            browser.get(proxy + "/login");
            waitFor(browser).until(ClusterNodes::idle);
            if (routeOf(browser).equals(node.route())) {
                return browser;
            }
        }
        String route = routeOf(browser);
        browser.quit();
        throw new IllegalStateException("the proxy did not send a browser with route " + node.route()
                + " to node " + node.route() + " (its session: " + route + ")");
    }

    /** Signs in through the proxy's login page and waits for the page that follows. */
    void signIn(WebDriver browser, WebDriverWait wait, String username) {
        browser.get(proxy + "/login");
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#vaadinLoginUsername input")));
        // typed only once the page has settled: a field typed into while Vaadin still starts up can come back empty
        wait.until(d -> idle(d));
        var name = browser.findElement(By.cssSelector("#vaadinLoginUsername input"));
        name.sendKeys(username);
        wait.until(d -> username.equals(name.getDomProperty("value")));
        browser.findElement(By.cssSelector("#vaadinLoginPassword input")).sendKeys(PASSWORD, Keys.ENTER);
        // the home page, or the page asked for before signing in
        wait.until(d -> !d.getCurrentUrl().contains("/login") && !d.findElements(By.tagName("h2")).isEmpty());
    }

    /** Whether every Vaadin client on the page has started and has no request under way. */
    static boolean idle(WebDriver browser) {
        return Boolean.TRUE.equals(((org.openqa.selenium.JavascriptExecutor) browser).executeScript("""
                const flow = window.Vaadin && window.Vaadin.Flow;
                if (!flow || !flow.clients) { return false; }
                const clients = Object.values(flow.clients);
                return clients.length > 0 && clients.every(c => typeof c.isActive !== 'function' || !c.isActive());"""));
    }

    /** The route at the end of the browser's session id: the node that holds its session. */
    static String routeOf(WebDriver browser) {
        Cookie session = browser.manage().getCookieNamed("JSESSIONID");
        if (session == null) {
            return "";
        }
        String id = session.getValue();
        return id.substring(id.lastIndexOf('.') + 1);
    }

    static WebDriverWait waitFor(WebDriver browser) {
        WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(60));
        wait.ignoring(org.openqa.selenium.StaleElementReferenceException.class);
        return wait;
    }

    /**
     * A button by its own label. Since Vaadin 25 a tooltip's text lies inside the button's light DOM, so the button's
     * whole text reads 「推荐快捷键 Alt+R」; only its own text nodes are its label.
     */
    static By button(String label) {
        return By.xpath("//vaadin-button[text()[normalize-space(.)='" + label + "']]");
    }

    /** Clicks once the element is there and takes the click (one the page redrew meanwhile is found again). */
    static void click(WebDriverWait wait, By locator) {
        String[] last = {"not found"};
        try {
            wait.until(d -> {
                try {
                    var element = d.findElement(locator);
                    // the page scrolls inside the app layout, which the driver's own scrolling does not always reach
                    ((org.openqa.selenium.JavascriptExecutor) d).executeScript(
                            "arguments[0].scrollIntoView({block: 'center'});", element);
                    element.click();
                    return true;
                } catch (org.openqa.selenium.StaleElementReferenceException
                         | org.openqa.selenium.ElementNotInteractableException
                         | org.openqa.selenium.NoSuchElementException redrawnOrNotYetThere) {
                    last[0] = redrawnOrNotYetThere.getMessage().lines().findFirst().orElse("");
                    return false;
                }
            });
        } catch (org.openqa.selenium.TimeoutException e) {
            throw new org.openqa.selenium.TimeoutException("could not click " + locator + ": " + last[0], e);
        }
    }

    static String bodyText(WebDriver browser) {
        return browser.findElement(By.tagName("body")).getText();
    }

    /** Keeps what each browser showed last (target/e2e-screenshots/cluster-<name>-<n>.png), then closes it. */
    static void quit(String name, WebDriver... browsers) {
        for (int i = 0; i < browsers.length; i++) {
            WebDriver browser = browsers[i];
            if (browser == null) {
                continue;
            }
            try {
                HeadlessChromium.screenshot(browser, "cluster-" + name + "-" + (i + 1));
                java.nio.file.Files.writeString(java.nio.file.Path.of("target", "e2e-screenshots",
                        "cluster-" + name + "-" + (i + 1) + ".txt"), browser.getCurrentUrl() + "\n" + bodyText(browser));
            } catch (IOException | RuntimeException e) {
                System.err.println("no screenshot of " + name + ": " + e.getMessage());
            }
            browser.quit();
        }
    }
}
