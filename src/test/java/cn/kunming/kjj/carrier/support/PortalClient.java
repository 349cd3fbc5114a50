package cn.kunming.kjj.carrier.support;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One browser, as the server sees it: its own cookies, the form sign-in, a full page load of a Vaadin route (the page,
 * the UI's init request and the navigation round trip that builds the view and sends a grid's first rows), and a
 * navigation inside the page. Scripts, styles and the bundle are cached by a real browser and are not fetched.
 */
public final class PortalClient {

    private static final Pattern UPLOAD_TARGET = Pattern.compile("\"(VAADIN/dynamic/resource/[^\"]+)\"");
    private static final Pattern DOWNLOAD_LINK = Pattern.compile(
            "\\{\"node\":(\\d+),\"type\":\"put\",\"key\":\"href\",\"feat\":\\d+,\"value\":\\{\"uri\":\"(VAADIN/dynamic/resource/[^\"]+)\"\\}");
    private static final Pattern UI_ID = Pattern.compile("\"v-uiId\":(\\d+)");
    private static final Pattern KEY = Pattern.compile("\"Vaadin-Security-Key\":\"([^\"]+)\"");
    private static final Pattern SYNC_ID = Pattern.compile("\"syncId\":(\\d+)");
    private static final Pattern CLIENT_ID = Pattern.compile("\"clientId\":(\\d+)");
    private static final Pattern HEARTBEAT = Pattern.compile("\"heartbeatInterval\":(\\d+)");
    /** An element whose content the page's script fetches as soon as it is shown (a dashboard, decision 0033). */
    private static final Pattern FETCHED = Pattern.compile("\"key\":\"data-src\"[^}]*?\"uri\":\"([^\"]+)\"");
    /** A paged table's page, which the page's script fetches and then reports as shown (decision 0044). */
    private static final Pattern TABLE_PAGE = Pattern.compile(
            "\\[\"(list-rows/[^\"]+)\"(?:,\"[^\"]*\")*,\\{\"@v-node\":(\\d+)}");
    private static final Pattern GRID_CONFIRM = Pattern.compile(
            "\\[\\{\"@v-node\":(\\d+)},(\\d+),\"return \\$0\\.\\$connector\\.confirm\\(\\$1\\)\"]");
    /** The page title the navigation sets (production mode sends no class names): which view the server built. */
    private static final Pattern TITLE = Pattern.compile("\\[\"([^\"]*)\",\"if\\(window\\.Vaadin\\.Flow\\.navigation\\)");

    private final String base;
    /** Shared by all simulated browsers (one connection pool, one selector thread); each keeps its own cookies. */
    private final HttpClient http;
    /** Concurrent: the page's heartbeat is sent beside the user's own requests. */
    private final Map<String, String> cookies = new ConcurrentHashMap<>();
    private String uiId;
    private String securityKey;
    private int syncId;
    private int clientId;
    private String lastNavigation = "";
    private int heartbeatSeconds = 300;

    public PortalClient(String base, HttpClient http) {
        this.base = base.endsWith("/") ? base.substring(0, base.length() - 1) : base;
        this.http = http;
    }

    public static HttpClient sharedHttp() {
        return HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER)
                .connectTimeout(Duration.ofSeconds(10)).build();
    }

    /** Signs in through the login form; true when the portal redirects away from the login page. */
    public boolean login(String username, String password) throws IOException, InterruptedException {
        String page = send(HttpRequest.newBuilder(URI.create(base + "/login")).GET()).body();
        String form = LoginForm.body(username, password,
                LoginForm.tokenIn(page));
        HttpResponse<String> r = send(HttpRequest.newBuilder(URI.create(base + "/login"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)));
        String location = r.headers().firstValue("Location").orElse("");
        return r.statusCode() == 302 && !location.contains("/login");
    }

    /** Loads a route as a browser does (page, init, navigation); returns the title of the page the server built. */
    public String open(String route, String query) throws IOException, InterruptedException {
        String target = query.isEmpty() ? route : route + "?" + query;
        HttpResponse<String> page = send(HttpRequest.newBuilder(URI.create(base + "/" + target)).GET());
        if (page.statusCode() != 200) {
            throw new IOException(route + ": page answered " + page.statusCode());
        }
        HttpResponse<String> init = send(HttpRequest.newBuilder(URI.create(base + "/?v-r=init&location="
                + URLEncoder.encode(route, StandardCharsets.UTF_8) + "&query="
                + URLEncoder.encode(query, StandardCharsets.UTF_8))).GET());
        Matcher ui = UI_ID.matcher(init.body());
        Matcher key = KEY.matcher(init.body());
        if (init.statusCode() != 200 || !ui.find() || !key.find()) {
            throw new IOException(route + ": init answered " + init.statusCode());
        }
        uiId = ui.group(1);
        securityKey = key.group(1);
        Matcher heartbeat = HEARTBEAT.matcher(init.body());
        if (heartbeat.find()) {
            heartbeatSeconds = Integer.parseInt(heartbeat.group(1));
        }
        syncId = 0;
        clientId = 0;
        return navigate(route, query);
    }

    /**
     * Moves to another route inside the page, as a click on a link does: one round trip on the same UI, which builds
     * the next view (no new page, no new UI).
     */
    public String navigate(String route, String query) throws IOException, InterruptedException {
        String body = "{\"csrfToken\":\"" + securityKey + "\",\"rpc\":[{\"type\":\"event\",\"node\":1,"
                + "\"event\":\"ui-navigate\",\"data\":{\"route\":\"" + route + "\",\"query\":\"" + query + "\","
                + "\"appShellTitle\":\"\",\"historyState\":{\"idx\":" + clientId + "},\"trigger\":\"\"}}],"
                + "\"syncId\":" + syncId + ",\"clientId\":" + clientId + "}";
        HttpResponse<String> uidl = send(HttpRequest.newBuilder(URI.create(base + "/?v-r=uidl&v-uiId=" + uiId))
                .header("Content-Type", "application/json; charset=UTF-8")
                .POST(HttpRequest.BodyPublishers.ofString(body)));
        Matcher title = TITLE.matcher(uidl.body());
        Matcher sync = SYNC_ID.matcher(uidl.body());
        Matcher next = CLIENT_ID.matcher(uidl.body());
        if (uidl.statusCode() != 200 || !title.find() || !sync.find() || !next.find()) {
            throw new IOException(route + ": navigation answered " + uidl.statusCode() + " without a page title");
        }
        syncId = Integer.parseInt(sync.group(1));
        clientId = Integer.parseInt(next.group(1));
        lastNavigation = uidl.body();
        confirmGridUpdates(uidl.body());
        fetchContent(uidl.body());
        return title.group(1);
    }

    /**
     * A grid that received rows asks the browser to confirm them; Vaadin's client answers at once with
     * {@code confirmUpdate}. Sent here too, so that the server's state (and what its session keeps) is a browser's.
     */
    private void confirmGridUpdates(String response) throws IOException, InterruptedException {
        Matcher confirm = GRID_CONFIRM.matcher(response);
        StringBuilder rpc = new StringBuilder();
        while (confirm.find()) {
            rpc.append(rpc.isEmpty() ? "" : ",").append("{\"type\":\"publishedEventHandler\",\"node\":")
                    .append(confirm.group(1)).append(",\"templateEventMethodName\":\"confirmUpdate\","
                            + "\"templateEventMethodArgs\":[").append(confirm.group(2)).append("],\"promise\":0}");
        }
        // a paged table's page: fetched as its script does, then reported shown
        Matcher table = TABLE_PAGE.matcher(response);
        while (table.find()) {
            String address = table.group(1).replace("\\u0026", "&");
            HttpResponse<String> rows = send(HttpRequest.newBuilder(URI.create(base + "/" + address)).GET());
            if (rows.statusCode() != 200) {
                throw new IOException(address + " answered " + rows.statusCode());
            }
            rpc.append(rpc.isEmpty() ? "" : ",").append("{\"type\":\"publishedEventHandler\",\"node\":")
                    .append(table.group(2)).append(",\"templateEventMethodName\":\"shown\","
                            + "\"templateEventMethodArgs\":[],\"promise\":0}");
        }
        if (rpc.isEmpty()) {
            return;
        }
        HttpResponse<String> ack = send(HttpRequest.newBuilder(URI.create(base + "/?v-r=uidl&v-uiId=" + uiId))
                .header("Content-Type", "application/json; charset=UTF-8")
                .POST(HttpRequest.BodyPublishers.ofString("{\"csrfToken\":\"" + securityKey + "\",\"rpc\":[" + rpc
                        + "],\"syncId\":" + syncId + ",\"clientId\":" + clientId + "}")));
        Matcher sync = SYNC_ID.matcher(ack.body());
        Matcher next = CLIENT_ID.matcher(ack.body());
        if (ack.statusCode() != 200 || !sync.find() || !next.find()) {
            throw new IOException("grid confirmation answered " + ack.statusCode());
        }
        syncId = Integer.parseInt(sync.group(1));
        clientId = Integer.parseInt(next.group(1));
    }

    /** How often the page's script tells the server that the tab is still open, as the server configured it. */
    public int heartbeatSeconds() {
        return heartbeatSeconds;
    }

    /** The page's heartbeat: the tab is still open (a UI that misses three of them may be closed). */
    public boolean heartbeat() throws IOException, InterruptedException {
        if (uiId == null) {
            return false;
        }
        return send(HttpRequest.newBuilder(URI.create(base + "/?v-r=heartbeat&v-uiId=" + uiId))
                .POST(HttpRequest.BodyPublishers.noBody())).statusCode() == 200;
    }

    /** What the page's scripts fetch at once, as a browser does: a dashboard's markup and charts. */
    private void fetchContent(String response) throws IOException, InterruptedException {
        Matcher fetched = FETCHED.matcher(response);
        while (fetched.find()) {
            HttpResponse<String> content = send(HttpRequest.newBuilder(URI.create(base + "/" + fetched.group(1))).GET());
            if (content.statusCode() != 200) {
                throw new IOException(fetched.group(1) + " answered " + content.statusCode());
            }
        }
    }

    /** The addresses the last built view gave its uploads (where a browser would send a chosen file). */
    public java.util.List<String> uploadTargets() {
        Matcher m = UPLOAD_TARGET.matcher(lastNavigation);
        java.util.List<String> targets = new java.util.ArrayList<>();
        while (m.find()) {
            targets.add(base + "/" + m.group(1));
        }
        return targets;
    }

    /**
     * The addresses of the links the last built view opens in a new tab (previews of stored files, as
     * {@code Downloads.stored} makes them; a download of a made document has none).
     */
    public java.util.List<String> previewLinks() {
        Matcher m = DOWNLOAD_LINK.matcher(lastNavigation);
        java.util.List<String> links = new java.util.ArrayList<>();
        while (m.find()) {
            if (lastNavigation.contains("{\"node\":" + m.group(1) + ",\"type\":\"put\",\"key\":\"target\",\"feat\":3,"
                    + "\"value\":\"_blank\"}")) {
                links.add(base + "/" + m.group(2));
            }
        }
        return links;
    }

    /** Fetches an address with this browser's cookies, as bytes (a download). */
    public HttpResponse<byte[]> fetch(String url) throws IOException, InterruptedException {
        return http.send(withCookies(HttpRequest.newBuilder(URI.create(url)).GET()).timeout(Duration.ofSeconds(60))
                .build(), HttpResponse.BodyHandlers.ofByteArray());
    }

    /** Sends a request with this browser's cookies, the body as given (for raw attacks below the UI). */
    public HttpResponse<String> sendRaw(HttpRequest.Builder request) throws IOException, InterruptedException {
        return send(request);
    }

    private HttpRequest.Builder withCookies(HttpRequest.Builder request) {
        if (!cookies.isEmpty()) {
            request.header("Cookie", cookies.entrySet().stream().map(e -> e.getKey() + "=" + e.getValue())
                    .collect(Collectors.joining("; ")));
        }
        return request;
    }

    private HttpResponse<String> send(HttpRequest.Builder request) throws IOException, InterruptedException {
        HttpResponse<String> response = http.send(withCookies(request).timeout(Duration.ofSeconds(60)).build(),
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
