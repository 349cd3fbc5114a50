package cn.kunming.kjj.carrier.backup;

import cn.kunming.kjj.carrier.audit.AuditAction;
import cn.kunming.kjj.carrier.audit.AuditEntry;
import cn.kunming.kjj.carrier.audit.AuditedEntity;
import cn.kunming.kjj.carrier.audit.AuditEvent;
import cn.kunming.kjj.carrier.audit.AuditLog;
import cn.kunming.kjj.carrier.audit.ChainLink;
import cn.kunming.kjj.carrier.audit.ChainVerification;
import cn.kunming.kjj.carrier.review.ReviewScenario;
import cn.kunming.kjj.carrier.support.PortalSpringTest;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DriverManagerDataSource;
import org.springframework.transaction.support.TransactionTemplate;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Timestamp;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The documented backup and restore (db/backup.sh, db/restore.sh) against the real server: the test database is
 * dumped while the portal's context is up, restored into a fresh database ({@code <name>_restore}, which the build
 * machine's account may create), and the copy has every table's rows and an intact audit chain. Runs with the
 * MariaDB build only (tag {@code backup}).
 */
@PortalSpringTest
@Tag("backup")
class BackupRestoreTest {

    @Autowired
    JdbcTemplate source;
    @Autowired
    AuditLog audit;
    @Autowired
    TransactionTemplate tx;
    @Autowired
    ReviewScenario scenario;

    private static String database(String url) {
        String path = url.substring(url.indexOf("//") + 2);
        path = path.substring(path.indexOf('/') + 1);
        int q = path.indexOf('?');
        return q < 0 ? path : path.substring(0, q);
    }

    private static int run(Map<String, String> env, String... command) throws Exception {
        ProcessBuilder pb = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.INHERIT);
        pb.environment().putAll(env);
        return pb.start().waitFor();
    }

    private static Map<String, Long> rowCounts(JdbcTemplate db, String schema) {
        Map<String, Long> counts = new TreeMap<>();
        for (String table : db.queryForList("select table_name from information_schema.tables where table_schema = ?"
                + " and table_type = 'BASE TABLE'", String.class, schema)) {
            counts.put(table, db.queryForObject("select count(*) from `" + table + "`", Long.class));
        }
        return counts;
    }

    private static List<ChainLink> links(JdbcTemplate db, long after, int limit) {
        return db.query("select * from audit_event where chain_seq > ? order by chain_seq limit ?", (rs, i) -> {
            Timestamp at = rs.getTimestamp("occurred_at");
            return new ChainLink(rs.getLong("chain_seq"), rs.getString("prev_hash"), rs.getString("hash"),
                    new AuditEvent(rs.getLong("id"), at == null ? null : at.toLocalDateTime(), rs.getString("actor"),
                            rs.getString("actor_role"), rs.getString("tenant_id"), rs.getString("action"),
                            rs.getString("entity_type"), rs.getString("entity_id"), rs.getString("rule_id"),
                            rs.getString("detail")));
        }, after, limit);
    }

    @Test
    void aDumpRestoredIntoAFreshDatabaseHasEveryRowAndAnIntactAuditChain() throws Exception {
        scenario.submitted(scenario.openCall(), "530102");
        tx.executeWithoutResult(s -> audit.recordAs("backup-test", null,
                AuditEntry.of(AuditAction.TENANT_UPDATED, AuditedEntity.TENANT, "1").detail("备份前的最后一条")));

        String url = System.getProperty("test.db.url");
        String user = System.getProperty("test.db.user");
        String password = System.getProperty("test.db.password");
        String name = database(url);
        String restored = name + "_restore";
        Map<String, String> env = Map.of("DB_USER", user, "DB_PASSWORD", password, "DB_HOST", "127.0.0.1");
        Path dir = Files.createTempDirectory("backup");
        File dump = dir.resolve("carrier.sql.gz").toFile();

        assertThat(run(with(env, name), "db/backup.sh", dump.getPath())).isZero();
        assertThat(dump).isNotEmpty();
        source.execute("create database if not exists `" + restored + "` character set utf8mb4");
        assertThat(run(with(env, restored), "db/restore.sh", dump.getPath())).isZero();

        JdbcTemplate copy = new JdbcTemplate(new DriverManagerDataSource(url.replace("/" + name, "/" + restored),
                user, password));
        Map<String, Long> before = rowCounts(source, name);
        assertThat(before).containsKeys("audit_event", "dossier", "flyway_schema_history");
        assertThat(rowCounts(copy, restored)).isEqualTo(before);

        Map<String, Object> head = copy.queryForMap("select last_seq, last_hash from audit_chain_head where id = 1");
        Long unchained = copy.queryForObject("select min(id) from audit_event where hash is null", Long.class);
        ChainVerification.Result result = ChainVerification.check((after, limit) -> links(copy, after, limit),
                new cn.kunming.kjj.carrier.audit.ChainHead(((Number) head.get("last_seq")).longValue(), (String) head.get("last_hash")),
                Optional.ofNullable(unchained), 1000);
        assertThat(result.intact()).as(result.toString()).isTrue();
        assertThat(result.checked()).isEqualTo(before.get("audit_event"));

        Files.writeString(dir.resolve("carrier.sql.gz.sha256"), "0".repeat(64));
        assertThat(run(with(env, restored), "db/restore.sh", dump.getPath())).as("a damaged dump is refused").isNotZero();
    }

    private static Map<String, String> with(Map<String, String> env, String database) {
        Map<String, String> all = new java.util.HashMap<>(env);
        all.put("DB_NAME", database);
        return all;
    }
}
