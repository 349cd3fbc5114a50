package cn.kunming.kjj.carrier.benchmark;

import cn.kunming.kjj.carrier.common.AccountId;
import cn.kunming.kjj.carrier.annualreport.AnnualReportService;
import cn.kunming.kjj.carrier.audit.AuditAction;
import cn.kunming.kjj.carrier.audit.AuditCursor;
import cn.kunming.kjj.carrier.audit.AuditedEntity;
import cn.kunming.kjj.carrier.audit.ChangeRecorded;
import cn.kunming.kjj.carrier.audit.AuditLog;
import cn.kunming.kjj.carrier.audit.AuditPosition;
import cn.kunming.kjj.carrier.audit.AuditQuery;
import cn.kunming.kjj.carrier.carrier.CarrierFilter;
import cn.kunming.kjj.carrier.carrier.CarrierService;
import cn.kunming.kjj.carrier.carrier.CarrierStatus;
import cn.kunming.kjj.carrier.common.TenantId;
import cn.kunming.kjj.carrier.dashboard.DashboardService;
import cn.kunming.kjj.carrier.dossier.DossierFilter;
import cn.kunming.kjj.carrier.dossier.DossierListService;
import cn.kunming.kjj.carrier.dossier.DossierStage;
import cn.kunming.kjj.carrier.security.PortalUser;
import cn.kunming.kjj.carrier.security.Role;
import cn.kunming.kjj.carrier.support.As;
import cn.kunming.kjj.carrier.support.TestProfiles;
import org.jooq.impl.DefaultExecuteListenerProvider;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.jooq.autoconfigure.DefaultConfigurationCustomizer;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.annotation.Bean;
import org.springframework.test.context.ActiveProfiles;

import javax.sql.DataSource;
import java.nio.file.Files;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.Arrays;
import java.util.List;
import java.util.function.Supplier;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Server time of the main grids (first page, a deep page, filtered, sorted) and of every dashboard at full volume,
 * each beside the time of the very same SQL over plain JDBC. Needs the generated volume (bench/run.sh).
 */
@Tag("benchmark")
@SpringBootTest
@ActiveProfiles(resolver = TestProfiles.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class QueryBenchmark {

    static final int PAGE = 50;
    static final int WARM_UP_SECONDS = Integer.getInteger("bench.warmUpSeconds", 30);

    static final String COMPARISON = "Server and SQL are timed in turns after a warm-up of up to 200 rounds (decision"
            + " 0041), so that the machine's load, the buffer pool and the JIT treat both alike (the services' common path"
            + " runs for 30 s before the first). \"Beyond the SQL, per"
            + " call\": the service's median minus the SQL's, shared among the service calls that make the page; \"framework"
            + " CPU per call\": the calling thread's CPU time in the service beyond the JDBC driver's own, per call, which"
            + " the load of a shared machine does not stretch (target of issue 27: at most 0.3 ms).";

    @TestConfiguration
    static class Capture {
        @Bean
        DefaultConfigurationCustomizer sqlCapture() {
            return configuration -> {
                var existing = configuration.executeListenerProviders();
                var all = Arrays.copyOf(existing, existing.length + 1);
                all[existing.length] = new DefaultExecuteListenerProvider(new SqlCapture());
                configuration.set(all);
            };
        }
    }

    @Autowired
    DossierListService dossiers;
    @Autowired
    CarrierService carriers;
    @Autowired
    AuditLog audit;
    @Autowired
    DashboardService dashboards;
    @Autowired
    AnnualReportService reports;
    @Autowired
    DataSource dataSource;
    @Autowired
    ApplicationEventPublisher events;

    final BenchmarkReport grids = new BenchmarkReport("20-grids.md",
            "Grids: server time of one page beside the same SQL over JDBC (milliseconds, median of up to 30 runs)");
    final BenchmarkReport boards = new BenchmarkReport("30-dashboards.md",
            "Dashboards: server time beside the same SQL over JDBC (milliseconds, median of up to 30 runs)");

    @BeforeAll
    void headers() throws Exception {
        assertThat(TestProfiles.realDatabase()).as("benchmarks run on the real server (DB_URL)").isTrue();
        volume();
        warmUp();
        grids.line(COMPARISON);
        grids.line("");
        grids.table("grid", "reader", "case", "rows in list", "server p50", "server p95", "SQL p50", "ratio",
                "beyond the SQL, per call", "framework CPU per call", "calls / statements");
        boards.line(COMPARISON);
        boards.line("");
        boards.table("dashboard", "reader", "server p50", "server p95", "SQL p50", "ratio", "beyond the SQL",
                "framework CPU", "statements");
    }

    /** What the figures were measured on: the server and the rows of the main tables. */
    private void volume() throws Exception {
        BenchmarkReport volume = new BenchmarkReport("05-volume.md", "Volume (rows)");
        volume.table("table", "rows");
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
            try (ResultSet rs = s.executeQuery("SELECT VERSION(), @@innodb_buffer_pool_size")) {
                rs.next();
                Files.createDirectories(BenchmarkReport.DIR);
                Files.writeString(BenchmarkReport.DIR.resolve("00-server.txt"), rs.getString(1) + ", InnoDB buffer pool "
                        + rs.getLong(2) / (1024 * 1024) + " MiB");
            }
            for (String table : List.of("tenant", "host_unit", "account", "app_call", "dossier", "dossier_version",
                    "dossier_attachment", "expert_assignment", "carrier", "annual_report", "subsidy", "audit_event")) {
                try (ResultSet rs = s.executeQuery("SELECT COUNT(*) FROM " + table)) {
                    rs.next();
                    volume.row(table, String.format("%,d", rs.getLong(1)));
                }
            }
        }
        volume.write();
    }

    /**
     * The services' common path (security, transactions, jOOQ, the driver) run until the JIT has compiled it, so that
     * the first grid measured is not the one that pays for compiling what every later one uses.
     */
    private void warmUp() {
        signIn(Role.DISTRICT_OFFICER, "530102");
        long until = System.nanoTime() + WARM_UP_SECONDS * 1_000_000_000L;
        while (System.nanoTime() < until) {
            DossierGrid.page(dossiers, DossierFilter.none(), DossierGrid.Sort.LAST_SAVED, 0, PAGE);
            CarrierGrid.page(carriers, CarrierFilter.none(), 0, PAGE);
        }
        signIn(Role.AUDITOR, "KMKJJ");
        until = System.nanoTime() + WARM_UP_SECONDS * 1_000_000_000L / 2;
        while (System.nanoTime() < until) {
            audit.page(AuditQuery.everything(), AuditPosition.newest(), PAGE);
        }
        As.signOut();
    }

    @AfterAll
    void write() {
        As.signOut();
        grids.write();
        boards.write();
    }

    private static void signIn(Role role, String tenant) {
        As.signIn(new PortalUser(AccountId.of(-1), "bench", "基准测试", role, new TenantId(tenant), null));
    }

    /** One page of a grid, made of {@code calls} service calls, beside its SQL over JDBC. */
    private void grid(String grid, String reader, String kase, Supplier<Integer> rowsInList, int calls, Runnable page) {
        List<String> sql = SqlCapture.during(page);
        assertThat(sql).as(grid + " " + kase + " reads through jOOQ").isNotEmpty();
        PairedTiming t = PairedTiming.of(page, SqlCapture.raw(dataSource, sql));
        grids.row(grid, reader, kase, rowsInList.get(), Timing.ms(t.service().medianMs()), Timing.ms(t.service().p95Ms()),
                Timing.ms(t.raw().medianMs()), String.format("%.2f×", t.ratio()), Timing.ms(t.overheadPerCallMs(calls)),
                Timing.ms(t.frameworkCpuPerCallMs(calls)), calls + " / " + sql.size());
    }

    @Test
    void dossierList() {
        for (String[] reader : new String[][]{{"bureau", "KMKJJ"}, {"district 五华区", "530102"}}) {
            signIn(reader[0].equals("bureau") ? Role.BUREAU_OFFICER : Role.DISTRICT_OFFICER, reader[1]);
            DossierFilter all = DossierFilter.none();
            DossierFilter recommended = new DossierFilter(null, DossierStage.RECOMMENDED.statuses(), null, null, null, null);
            dossierPage(reader[0], "first page", all, DossierGrid.Sort.LAST_SAVED, 0);
            dossierPage(reader[0], "deep page (row 15,000 / last page)", all, DossierGrid.Sort.LAST_SAVED, -1);
            dossierPage(reader[0], "filtered: stage recommended", recommended, DossierGrid.Sort.LAST_SAVED, 0);
            dossierPage(reader[0], "sorted by name", all, DossierGrid.Sort.NAME, 0);
        }
    }

    private void dossierPage(String reader, String kase, DossierFilter filter, DossierGrid.Sort sort, int offset) {
        int size = DossierGrid.size(dossiers, filter);
        int from = offset >= 0 ? offset : Math.max(0, Math.min(15_000, size - PAGE));
        grid("申报材料 dossier list", reader, kase, () -> size, 2, () -> {
            assertThat(DossierGrid.page(dossiers, filter, sort, from, PAGE)).isNotEmpty();
        });
    }

    @Test
    void carrierRegister() {
        for (String[] reader : new String[][]{{"bureau", "KMKJJ"}, {"district 五华区", "530102"}}) {
            signIn(reader[0].equals("bureau") ? Role.BUREAU_OFFICER : Role.DISTRICT_OFFICER, reader[1]);
            CarrierFilter all = CarrierFilter.none();
            CarrierFilter cultivating = new CarrierFilter(null, CarrierStatus.CULTIVATING, null, null, null);
            carrierPage(reader[0], "first page", all, 0);
            carrierPage(reader[0], "deep page (row 1,500 / last page)", all, -1);
            carrierPage(reader[0], "filtered: cultivating", cultivating, 0);
        }
    }

    private void carrierPage(String reader, String kase, CarrierFilter filter, int offset) {
        int size = CarrierGrid.size(carriers, filter);
        int from = offset >= 0 ? offset : Math.max(0, Math.min(1_500, size - PAGE));
        grid("载体名册 carrier register", reader, kase, () -> size, 2, () -> {
            assertThat(CarrierGrid.page(carriers, filter, from, PAGE)).isNotEmpty();
        });
    }

    @Test
    void auditLog() throws Exception {
        signIn(Role.AUDITOR, "KMKJJ");
        AuditQuery everything = AuditQuery.everything();
        int size = audit.count(everything);
        AuditCursor deep = rowOfTheLog(900_000);
        // unfiltered, the log is paged without a count (AuditLogView); filtered, it is counted
        grid("审计日志 audit log", "auditor", "first page", () -> size, 1,
                () -> assertThat(audit.page(everything, AuditPosition.newest(), PAGE).events()).hasSize(PAGE));
        grid("审计日志 audit log", "auditor", "deep page (row 900,000: the page after the one ending there)", () -> size, 1,
                () -> assertThat(audit.page(everything, new AuditPosition.OlderThan(deep), PAGE).events()).hasSize(PAGE));
        offsetBeside("审计日志 audit log", "auditor", "deep page (row 900,000) as before: ORDER BY id DESC OFFSET 900000",
                size, "SELECT * FROM audit_event ORDER BY id DESC LIMIT " + PAGE + " OFFSET 900000");
        grid("审计日志 audit log", "auditor", "jump to a date (the day of row 900,000)", () -> size, 1, () -> assertThat(
                audit.page(everything, new AuditPosition.OnOrBefore(deep.occurredAt().toLocalDate()), PAGE).events())
                .hasSize(PAGE));
        grid("审计日志 audit log", "auditor", "jump to an event number (the event at row 900,000)", () -> size, 1,
                () -> assertThat(audit.page(everything, new AuditPosition.AtEvent(deep.id()), PAGE).events()).hasSize(PAGE));
        AuditQuery oneActor = new AuditQuery("vol.530102.1", null, null, null);
        int actorRows = audit.count(oneActor);
        grid("审计日志 audit log", "auditor", "filtered: one actor (with count)", () -> actorRows, 2, () -> {
            audit.count(oneActor);
            audit.page(oneActor, AuditPosition.newest(), PAGE);
        });
    }

    /** Where the log's row {@code row} stands, newest first (found once by OFFSET, not timed). */
    private AuditCursor rowOfTheLog(int row) throws Exception {
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT occurred_at, id FROM audit_event ORDER BY occurred_at DESC, id DESC"
                     + " LIMIT 1 OFFSET " + row)) {
            assertThat(rs.next()).as("the generated log has " + row + " rows").isTrue();
            return new AuditCursor(rs.getObject(1, java.time.LocalDateTime.class), rs.getLong(2));
        }
    }

    /** A statement of the code before, timed over JDBC only, as the reference of the same run. */
    private void offsetBeside(String grid, String reader, String kase, int rowsInList, String sql) {
        Timing raw = Timing.of(SqlCapture.raw(dataSource, List.of(sql)));
        grids.row(grid, reader, kase, rowsInList, "–", "–", Timing.ms(raw.medianMs()), "–", "–", "–", "– / 1");
    }

    /** What every officer's navigation counts for its menu badges: the overdue annual reports (decision 0041). */
    @Test
    void overdueReportsOfTheMenu() {
        for (String[] reader : new String[][]{{"bureau", "KMKJJ"}, {"district 五华区", "530102"}}) {
            signIn(reader[0].equals("bureau") ? Role.BUREAU_OFFICER : Role.DISTRICT_OFFICER, reader[1]);
            Runnable shared = () -> reports.overdueCount();
            // a change of what no tenant owns makes every scope's count stale (decision 0042), as for the dashboards
            Runnable computed = () -> {
                events.publishEvent(new ChangeRecorded(AuditAction.DEMO_DATA_SEEDED, AuditedEntity.SYSTEM, null));
                shared.run();
            };
            int statements = SqlCapture.during(computed).size();
            Timing t = Timing.of(computed);
            boards.row("menu badge: overdue annual reports (every navigation), computed", reader[0],
                    Timing.ms(t.medianMs()), Timing.ms(t.p95Ms()), "–", "–", "–", "–", statements);
            Timing next = Timing.of(shared);
            boards.row("menu badge: overdue annual reports, shared", reader[0], Timing.ms(next.medianMs()),
                    Timing.ms(next.p95Ms()), "–", "–", "–", "–", SqlCapture.during(shared).size());
        }
    }

    @Test
    void dashboards() {
        board("bureau home (all tenants)", Role.BUREAU_OFFICER, "KMKJJ", null);
        board("bureau home narrowed to 五华区", Role.BUREAU_OFFICER, "KMKJJ", new TenantId("530102"));
        board("district home (五华区)", Role.DISTRICT_OFFICER, "530102", null);
        board("district home (高新区)", Role.DISTRICT_OFFICER, "KMGXQ", null);
        boards.line("");
        boards.line("Computed: the figures after a change of what no tenant owns, which makes every scope's figures stale"
                + " (decision 0033); shared: the next reader of the same scope, served the figures computed for the one"
                + " before (no SQL).");
    }

    private void board(String name, Role role, String tenant, TenantId narrowTo) {
        signIn(role, tenant);
        Runnable read = () -> assertThat(dashboards.overview(narrowTo).pipelines()).isNotEmpty();
        Runnable computed = () -> {
            events.publishEvent(new ChangeRecorded(AuditAction.DEMO_DATA_SEEDED, AuditedEntity.SYSTEM, null));
            read.run();
        };
        List<String> sql = SqlCapture.during(computed);
        PairedTiming t = PairedTiming.of(computed, SqlCapture.raw(dataSource, sql));
        boards.row(name + ", computed", role.name(), Timing.ms(t.service().medianMs()), Timing.ms(t.service().p95Ms()),
                Timing.ms(t.raw().medianMs()), String.format("%.2f×", t.ratio()), Timing.ms(t.overheadPerCallMs(1)),
                Timing.ms(t.frameworkCpuPerCallMs(1)), sql.size());
        Timing shared = Timing.of(read);
        boards.row(name + ", shared", role.name(), Timing.ms(shared.medianMs()), Timing.ms(shared.p95Ms()), "–", "–",
                "–", "–", SqlCapture.during(read).size());
    }
}
