package cn.kunming.kjj.carrier.benchmark;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One browser, as the server sees it: its own cookies, the form sign-in, and a full page load of a Vaadin route — the
 * page, the UI's init request and the navigation round trip that builds the view (what Vaadin's client sends).
 * Scripts, styles and the bundle are cached by a real browser and are not fetched.
 */
final class PortalClient {

    private static final Pattern UI_ID = Pattern.compile("\"v-uiId\":(\\d+)");
    private static final Pattern KEY = Pattern.compile("\"Vaadin-Security-Key\":\"([^\"]+)\"");
    /** The page title the navigation sets (production mode sends no class names): which view the server built. */
    private static final Pattern TITLE = Pattern.compile("\\[\"([^\"]*)\",\"if\\(window\\.Vaadin\\.Flow\\.navigation\\)");

    private final String base;
    /** Shared by all simulated browsers (one connection pool, one selector thread); each keeps its own cookies. */
    private final HttpClient http;
    private final Map<String, String> cookies = new LinkedHashMap<>();

    PortalClient(String base, HttpClient http) {
        this.base = base.endsWith("/") ? base.substring(0, base.length() - 1) : base;
        this.http = http;
    }

    static HttpClient sharedHttp() {
        return HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER)
                .connectTimeout(Duration.ofSeconds(10)).build();
    }

    /** Signs in through the login form; true when the portal redirects away from the login page. */
    boolean login(String username, String password) throws IOException, InterruptedException {
        send(HttpRequest.newBuilder(URI.create(base + "/login")).GET());
        String form = "username=" + URLEncoder.encode(username, StandardCharsets.UTF_8) + "&password="
                + URLEncoder.encode(password, StandardCharsets.UTF_8);
        HttpResponse<String> r = send(HttpRequest.newBuilder(URI.create(base + "/login"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)));
        String location = r.headers().firstValue("Location").orElse("");
        return r.statusCode() == 302 && !location.contains("/login");
    }

    /** Loads a route as a browser does; returns the title of the page that the server built. */
    String open(String route) throws IOException, InterruptedException {
        HttpResponse<String> page = send(HttpRequest.newBuilder(URI.create(base + "/" + route)).GET());
        if (page.statusCode() != 200) {
            throw new IOException(route + ": page answered " + page.statusCode());
        }
        HttpResponse<String> init = send(HttpRequest.newBuilder(URI.create(base + "/?v-r=init&location="
                + URLEncoder.encode(route, StandardCharsets.UTF_8) + "&query=")).GET());
        Matcher ui = UI_ID.matcher(init.body());
        Matcher key = KEY.matcher(init.body());
        if (init.statusCode() != 200 || !ui.find() || !key.find()) {
            throw new IOException(route + ": init answered " + init.statusCode());
        }
        String navigate = "{\"csrfToken\":\"" + key.group(1) + "\",\"rpc\":[{\"type\":\"event\",\"node\":1,"
                + "\"event\":\"ui-navigate\",\"data\":{\"route\":\"" + route + "\",\"query\":\"\","
                + "\"appShellTitle\":\"\",\"historyState\":{\"idx\":0},\"trigger\":\"\"}}],\"syncId\":0,\"clientId\":0}";
        HttpResponse<String> uidl = send(HttpRequest.newBuilder(URI.create(base + "/?v-r=uidl&v-uiId=" + ui.group(1)))
                .header("Content-Type", "application/json; charset=UTF-8")
                .POST(HttpRequest.BodyPublishers.ofString(navigate)));
        Matcher title = TITLE.matcher(uidl.body());
        if (uidl.statusCode() != 200 || !title.find()) {
            throw new IOException(route + ": navigation answered " + uidl.statusCode() + " without a page title");
        }
        return title.group(1);
    }

    private HttpResponse<String> send(HttpRequest.Builder request) throws IOException, InterruptedException {
        if (!cookies.isEmpty()) {
            request.header("Cookie", cookies.entrySet().stream().map(e -> e.getKey() + "=" + e.getValue())
                    .collect(Collectors.joining("; ")));
        }
        HttpResponse<String> response = http.send(request.timeout(Duration.ofSeconds(60)).build(),
                HttpResponse.BodyHandlers.ofString());
        for (String set : response.headers().allValues("Set-Cookie")) {
            String pair = set.split(";", 2)[0];
            int eq = pair.indexOf('=');
            if (eq > 0) {
                cookies.put(pair.substring(0, eq).strip(), pair.substring(eq + 1).strip());
            }
        }
        return response;
    }
}
