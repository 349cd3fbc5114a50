package cn.kunming.kjj.carrier.benchmark;

import cn.kunming.kjj.carrier.support.PortalClient;

import cn.kunming.kjj.carrier.common.Messages;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;

import java.io.IOException;
import java.net.http.HttpClient;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Against the production jar that bench/run.sh started on the generated volume ({@code bench.url}, {@code bench.pid}):
 * the heap each signed-in session keeps on the main views and with 500 sessions (the server's own heap after a full
 * GC, read with jcmd), and an HTTP run of sign-in → dossier list → open dossier by 200 concurrent virtual users.
 */
@Tag("benchmark")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class WebBenchmark {

    static final String PASSWORD = System.getProperty("bench.password", "Demo@2026");
    static final int SESSIONS_PER_VIEW = Integer.getInteger("bench.sessions", 50);
    static final int MANY_SESSIONS = Integer.getInteger("bench.manySessions", 500);
    /** Only these routes' heap (comma-separated, e.g. {@code call-dossiers,dossier}); all when blank. */
    static final List<String> HEAP_VIEWS = Arrays.stream(System.getProperty("bench.views", "").split(","))
            .filter(v -> !v.isBlank()).toList();
    /** A folder for the server's class histograms before and after each view's sessions (where the heap goes). */
    static final String HISTOGRAMS = System.getProperty("bench.histograms", "");
    /** A folder for a heap dump of the server holding each view's sessions (read with bench/SessionHeap.java). */
    static final String HEAP_DUMPS = System.getProperty("bench.heapDumps", "");
    /** Each view measured this many times in turn: the first round also pays for the server's warm-up. */
    static final int ROUNDS = Integer.getInteger("bench.rounds", 1);
    static final int USERS = Integer.getInteger("bench.users", 200);
    static final int LOAD_SECONDS = Integer.getInteger("bench.seconds", 90);

    final String url = System.getProperty("bench.url", "");
    final String pid = System.getProperty("bench.pid", "");
    final HttpClient http = PortalClient.sharedHttp();
    final List<String> districtAccounts = new ArrayList<>();
    final List<String> bureauAccounts = new ArrayList<>();
    final Map<String, List<Long>> dossiersByTenant = new HashMap<>();
    final List<PortalClient> kept = new ArrayList<>();
    /** Every open page sends its heartbeat, as a browser tab does. */
    final Heartbeats heartbeats = new Heartbeats();
    int nextAccount;
    String listQuery;
    int loadRuns;

    /** The Chinese page titles by which the server's answer names the view it built. */
    static final String LIST = title("nav.dossiers");
    static final String DOSSIER = title("dossier.readTitle");
    static final String HOME = title("nav.home") + " · " + title("app.shortTitle");

    private static String title(String key) {
        return Messages.chinese(key);
    }

    @BeforeAll
    void volume() throws SQLException {
        assertThat(url).as("bench.url: the portal started by bench/run.sh").isNotBlank();
        try (Connection c = DriverManager.getConnection(System.getenv("DB_URL"), System.getenv("DB_USER"),
                System.getenv("DB_PASSWORD")); Statement s = c.createStatement()) {
            // accounts taken in turn across tenants, so that each session is its account's only one
            try (ResultSet rs = s.executeQuery("SELECT username, role FROM account WHERE username LIKE 'vol.%' "
                    + "AND role IN ('DISTRICT_OFFICER', 'BUREAU_OFFICER') ORDER BY CAST(SUBSTRING_INDEX(username, '.', -1) "
                    + "AS UNSIGNED), username")) {
                while (rs.next()) {
                    (rs.getString(2).equals("BUREAU_OFFICER") ? bureauAccounts : districtAccounts).add(rs.getString(1));
                }
            }
            // the list as a district opens it from the menu, on the latest generated call (the demo call is newer)
            try (ResultSet rs = s.executeQuery("SELECT MAX(id) FROM app_call WHERE created_by = 'vol.bureau.1'")) {
                rs.next();
                listQuery = "call=" + rs.getLong(1);
            }
            try (ResultSet rs = s.executeQuery("SELECT tenant_id, id FROM dossier WHERE status <> 'DRAFT'")) {
                while (rs.next()) {
                    dossiersByTenant.computeIfAbsent(rs.getString(1), k -> new ArrayList<>()).add(rs.getLong(2));
                }
            }
        }
        assertThat(districtAccounts).as("generated officer accounts").hasSizeGreaterThan(4 * SESSIONS_PER_VIEW
                + MANY_SESSIONS);
    }

    @AfterAll
    void closeTabs() {
        heartbeats.close();
    }

    private static String tenantOf(String username) {
        return username.split("\\.")[1].toUpperCase();
    }

    private String someDossierRoute(String username, Random random) {
        List<Long> ids = dossiersByTenant.getOrDefault(tenantOf(username), List.of());
        return ids.isEmpty() ? "call-dossiers" : "dossiers/" + ids.get(random.nextInt(ids.size()));
    }

    @Test
    @Order(1)
    void retainedHeapPerSession() throws Exception {
        BenchmarkReport report = new BenchmarkReport("40-heap.md",
                "Retained heap per signed-in session (server heap after a full GC, jcmd)");
        report.table("view", "reader", "sessions", "heap before (MiB)", "heap after (MiB)", "per session (KiB)");
        Random random = new Random(14);
        String[][] views = {{"call-dossiers", LIST}, {"dossier", DOSSIER}, {"carriers", title("nav.carriers")},
                {"district", HOME}};
        for (int round = 0; round < ROUNDS; round++) {
            for (String[] view : views) {
                if (measured(view[0])) {
                    sessions(report, view[0], view[1], SESSIONS_PER_VIEW, districtAccounts, random, "district officer");
                }
            }
        }
        if (measured("bureau")) {
            sessions(report, "bureau", HOME, Math.min(SESSIONS_PER_VIEW, bureauAccounts.size()), bureauAccounts,
                    random, "bureau officer");
        }
        if (measured("call-dossiers") && MANY_SESSIONS > 0) {
            sessions(report, "call-dossiers", LIST, MANY_SESSIONS, districtAccounts, random,
                    "district officer (" + MANY_SESSIONS + " at once)");
        }
        report.line("");
        report.line("Each session signs in through the login form and loads the view once (page, init, navigation);"
                + " all sessions stay open while the heap is read, each page sending its heartbeat at the interval the"
                + " server gives it (" + (kept.isEmpty() ? "–" : kept.getFirst().heartbeatSeconds()) + " s; refused: "
                + heartbeats.refused() + "). Target: at most 200 KiB per session on the dossier list.");
        report.write();
    }

    private static boolean measured(String route) {
        return HEAP_VIEWS.isEmpty() || HEAP_VIEWS.contains(route);
    }

    private void sessions(BenchmarkReport report, String route, String view, int count, List<String> accounts,
                          Random random, String reader) throws Exception {
        long before = heapUsedKib();
        String histogram = route + "-" + count + "-" + kept.size();
        histogram(histogram + "-before");
        int taken = 0;
        for (int i = 0; i < count; i++) {
            String account = accounts == districtAccounts ? districtAccounts.get(nextAccount++) : accounts.get(i);
            PortalClient client = new PortalClient(url, http);
            assertThat(client.login(account, PASSWORD)).as("sign-in of " + account).isTrue();
            String target = route.equals("dossier") ? someDossierRoute(account, random) : route;
            assertThat(client.open(target, target.equals("call-dossiers") ? listQuery : "")).as(target).isEqualTo(view);
            kept.add(client);
            heartbeats.keep(client);
            taken++;
        }
        long after = heapUsedKib();
        histogram(histogram + "-after");
        heapDump(histogram);
        report.row(view + " (/" + route + ")", reader, taken, before / 1024, after / 1024, (after - before) / taken);
    }

    private long heapUsedKib() throws IOException, InterruptedException {
        jcmd("GC.run");
        Thread.sleep(500);
        jcmd("GC.run");
        Matcher used = Pattern.compile("used (\\d+)K").matcher(jcmd("GC.heap_info"));
        assertThat(used.find()).as("jcmd GC.heap_info").isTrue();
        return Long.parseLong(used.group(1));
    }

    /** The server's live objects by class (after the full collections of {@link #heapUsedKib}), when asked for. */
    private void histogram(String name) throws IOException, InterruptedException {
        if (!HISTOGRAMS.isBlank()) {
            Files.createDirectories(Path.of(HISTOGRAMS));
            Files.writeString(Path.of(HISTOGRAMS, name + ".txt"), jcmd("GC.class_histogram"));
        }
    }

    /** The server's live objects as a heap dump, when asked for: what holds each session's bytes. */
    private void heapDump(String name) throws IOException, InterruptedException {
        if (!HEAP_DUMPS.isBlank()) {
            Path dump = Path.of(HEAP_DUMPS, name + ".hprof").toAbsolutePath();
            Files.createDirectories(dump.getParent());
            Files.deleteIfExists(dump);
            jcmd("GC.heap_dump " + dump);
        }
    }

    private String jcmd(String command) throws IOException, InterruptedException {
        assertThat(pid).as("bench.pid: the portal's process").isNotBlank();
        Process p = new ProcessBuilder(System.getProperty("java.home") + "/bin/jcmd", pid, command)
                .redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes());
        assertThat(p.waitFor()).as("jcmd " + command + ": " + out).isZero();
        return out;
    }

    @Test
    @Order(2)
    void concurrentUsersAtOfficePace() throws Exception {
        load("50-load-office.md", "office pace: 5–15 s reading each page", 5_000, 10_000);
    }

    /** The stress run under a flight recording, whose hottest frames go into the results. */
    @Test
    @Order(3)
    void concurrentUsersUnderStress() throws Exception {
        // outside target/ when bench/run.sh says so: the run ends with mvnw clean
        Path recording = Path.of(System.getProperty("bench.recording", BenchmarkReport.DIR.resolve("stress.jfr").toString()))
                .toAbsolutePath();
        Files.createDirectories(recording.getParent());
        Files.deleteIfExists(recording);
        jcmd("JFR.start name=stress settings=profile");
        try {
            load("51-load-stress.md", "stress: 1–3 s on each page", 1_000, 2_000);
        } finally {
            jcmd("JFR.stop name=stress filename=" + recording);
        }
        BenchmarkReport report = new BenchmarkReport("52-jfr-stress.md",
                "Where the stress run spent the CPU: JFR's ten hottest frames (jcmd JFR.start settings=profile on the portal)");
        HotFrames.write(recording, report, 10);
        report.line("The recording stays in " + recording + " (`jfr print --events jdk.ExecutionSample`,"
                + " `jfr view hot-methods`).");
        report.write();
    }

    /** What a load run measured, step by step. */
    private record Samples(ConcurrentLinkedQueue<Double> logins, ConcurrentLinkedQueue<Double> pages,
                           ConcurrentLinkedQueue<Double> opens, ConcurrentLinkedQueue<Double> lists,
                           AtomicInteger errors, List<String> firstErrors) {
        Samples() {
            this(new ConcurrentLinkedQueue<>(), new ConcurrentLinkedQueue<>(), new ConcurrentLinkedQueue<>(),
                    new ConcurrentLinkedQueue<>(), new AtomicInteger(), new java.util.concurrent.CopyOnWriteArrayList<>());
        }

        void failed(Exception e) {
            errors.incrementAndGet();
            if (firstErrors.size() < 5) {
                firstErrors.add(e.toString());
            }
        }
    }

    private void load(String file, String pace, int thinkMillis, int thinkSpreadMillis) throws Exception {
        int firstAccount = loadRuns++ * USERS;
        Samples samples = new Samples();
        long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(LOAD_SECONDS);
        int rampMillis = 20_000;
        try (ExecutorService users = Executors.newVirtualThreadPerTaskExecutor()) {
            for (int u = 0; u < USERS; u++) {
                String account = districtAccounts.get((u + firstAccount) % districtAccounts.size());
                int delay = rampMillis * u / USERS;
                Random random = new Random(u);
                users.submit(() -> {
                    try {
                        Thread.sleep(delay);
                        user(account, random, end, thinkMillis, thinkSpreadMillis, samples);
                    } catch (Exception e) {
                        samples.failed(e);
                    }
                    return null;
                });
            }
        }
        report(file, pace, thinkMillis, thinkSpreadMillis, samples);
    }

    /** One user: signs in, loads the list, then a dossier and back to the list until the run ends; the tab heartbeats. */
    private void user(String account, Random random, long end, int thinkMillis, int thinkSpreadMillis, Samples samples)
            throws Exception {
        PortalClient client = new PortalClient(url, http);
        long t = System.nanoTime();
        if (!client.login(account, PASSWORD)) {
            throw new IOException("sign-in refused for " + account);
        }
        samples.logins().add((System.nanoTime() - t) / 1e6);
        t = System.nanoTime();
        step(client.open("call-dossiers", listQuery), LIST);
        samples.pages().add((System.nanoTime() - t) / 1e6);
        try (AutoCloseable tab = heartbeats.keep(client)) {
            while (System.nanoTime() < end) {
                Thread.sleep(thinkMillis + random.nextInt(thinkSpreadMillis));
                t = System.nanoTime();
                step(client.navigate(someDossierRoute(account, random), ""), DOSSIER);
                samples.opens().add((System.nanoTime() - t) / 1e6);
                Thread.sleep(thinkMillis + random.nextInt(thinkSpreadMillis));
                t = System.nanoTime();
                step(client.navigate("call-dossiers", listQuery), LIST);
                samples.lists().add((System.nanoTime() - t) / 1e6);
            }
        }
    }

    private void report(String file, String pace, int thinkMillis, int thinkSpreadMillis, Samples samples) {
        BenchmarkReport report = new BenchmarkReport(file, "HTTP run, " + pace + ": " + USERS
                + " concurrent virtual users, sign-in → dossier list → open dossier (milliseconds)");
        report.table("step", "requests", "p50", "p95", "max");
        stats(report, "sign-in (form post, BCrypt)", samples.logins());
        stats(report, "dossier list, page load (page + init + navigation; its first 25 rows fetched, shown reported)",
                samples.pages());
        stats(report, "open a dossier (navigation in the page)", samples.opens());
        stats(report, "back to the dossier list (navigation in the page; its rows fetched, shown reported)", samples.lists());
        List<Double> all = new ArrayList<>(samples.pages());
        all.addAll(samples.opens());
        all.addAll(samples.lists());
        stats(report, "all page loads and navigations", all);
        report.line("");
        report.line("Errors: " + samples.errors().get()
                + (samples.firstErrors().isEmpty() ? "" : " — " + String.join("; ", samples.firstErrors())));
        report.line("Users start evenly over 20 s, sign in, load the dossier list of the latest call, then open a dossier of "
                + "their district and go back to the list, pausing " + thinkMillis / 1000 + "–"
                + (thinkMillis + thinkSpreadMillis) / 1000 + " s before each step, for " + LOAD_SECONDS + " s; "
                + String.format("%.1f", all.size() / (double) LOAD_SECONDS)
                + " views a second. Each open page sends its heartbeat. Load generator and portal share the machine.");
        report.write();
        assertThat(samples.pages()).as("the run loaded pages").isNotEmpty();
    }

    private static void step(String view, String expected) throws IOException {
        if (!view.equals(expected)) {
            throw new IOException("expected " + expected + " but the server built " + view);
        }
    }

    private static void stats(BenchmarkReport report, String step, java.util.Collection<Double> samples) {
        double[] s = samples.stream().mapToDouble(Double::doubleValue).toArray();
        Arrays.sort(s);
        if (s.length == 0) {
            report.row(step, 0, "–", "–", "–");
            return;
        }
        report.row(step, s.length, Timing.ms(s[s.length / 2]), Timing.ms(s[(int) Math.ceil(s.length * 0.95) - 1]),
                Timing.ms(s[s.length - 1]));
    }
}
