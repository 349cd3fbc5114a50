package cn.kunming.kjj.carrier.e2e;

import jakarta.mail.Session;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Both nodes trigger every nightly job at the same moment, and each job runs on exactly one of them (ShedLock in the
 * shared database): one node counts a run, the other a skip, in their own metrics; what the jobs do is in the
 * database once — one audit-chain verification, one daily credit check per carrier and one alert for the listed
 * one, each reminder step once per person — and the SMTP server receives every e-mail of the outbox exactly once.
 * .ci/run starts both nodes with the same cron for the nightly jobs, firing once, a few minutes ahead
 * ({@code CLUSTER_JOBS_AT}; the reminders half a minute later, after the credit checks, as at night); this test prepares
 * what the jobs will find before that moment, then waits for it. It runs first of the cluster
 * tests (nothing else sends e-mail meanwhile).
 */
@Tag("cluster")
@Order(1)
class ClusterJobsTest {

    private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");
    /** The nightly jobs by their ShedLock names (also the metrics' job label). */
    private static final List<String> NIGHTLY = List.of("credit-daily", "disqualification-detect", "termination",
            "audit-chain", "notice-closing", "reminders");
    private static final List<String> OUTCOMES = List.of("success", "skipped", "failure");

    private final ClusterNodes cluster = new ClusterNodes();
    private final Instant trigger = Instant.ofEpochSecond(Long.parseLong(ClusterNodes.require("CLUSTER_JOBS_AT")));
    private final Path mails = Path.of(ClusterNodes.require("CLUSTER_MAIL_DIR"));

    @Test
    void eachNightlyJobRunsOnceAcrossBothNodesAndNoReminderOrEmailGoesTwice() throws Exception {
        assertThat(Instant.now()).as("the nightly jobs fire at %s (CLUSTER_JOBS_AT); this test must prepare before then "
                + "— start the nodes with a later moment", trigger).isBefore(trigger.minusSeconds(10));
        assertThat(cluster.ready(cluster.a)).as("node a ready").isTrue();
        assertThat(cluster.ready(cluster.b)).as("node b ready").isTrue();

        Listed listed = prepare();
        Map<String, Double> before = runs();
        long auditBefore = cluster.number("SELECT COALESCE(MAX(id), 0) FROM audit_event");
        long notificationsBefore = cluster.number("SELECT COALESCE(MAX(id), 0) FROM notification");
        long outboxBefore = cluster.number("SELECT COALESCE(MAX(id), 0) FROM mail_outbox");
        long chainChecksBefore = cluster.number("SELECT COALESCE(MAX(id), 0) FROM audit_chain_check");
        long creditChecksBefore = cluster.number("SELECT COALESCE(MAX(id), 0) FROM credit_check");
        long remindersBefore = cluster.number("SELECT COUNT(*) FROM reminder_sent");

        // the moment comes; both nodes fire all six jobs and record a run or a skip of each
        Map<String, Double> after = awaitBothNodesTriggered(before);

        for (String job : NIGHTLY) {
            double ranA = delta(before, after, "a", job, "success");
            double ranB = delta(before, after, "b", job, "success");
            System.out.printf("nightly job %-24s ran on node %s, skipped on the other%n", job, ranA > 0 ? "a" : "b");
            assertThat(ranA + ranB).as("%s ran on exactly one node (a: %s, b: %s)", job, ranA, ranB).isEqualTo(1.0);
            assertThat(delta(before, after, "a", job, "skipped") + delta(before, after, "b", job, "skipped"))
                    .as("%s was skipped by the other node, which found the lock taken", job).isEqualTo(1.0);
            assertThat(delta(before, after, "a", job, "failure") + delta(before, after, "b", job, "failure"))
                    .as("%s failed nowhere", job).isZero();
            assertThat(cluster.number("SELECT COUNT(*) FROM shedlock WHERE name = ?", job)).as("one lock row for %s", job)
                    .isEqualTo(1);
        }

        // the audit chain was verified once, by the system, and is intact
        assertThat(cluster.rows("SELECT checked_by, intact FROM audit_chain_check WHERE id > ?", chainChecksBefore))
                .as("one verification of the audit chain").hasSize(1)
                .allSatisfy(row -> assertThat(row.get(1)).isIn(true, 1, (byte) 1));

        // every active carrier checked once today, the listed one alerted once (M5.3(4)), and audited once
        long activeCarriers = cluster.number("SELECT COUNT(*) FROM carrier WHERE status IN ('CULTIVATING', 'PROVINCIALLY_FILED')");
        assertThat(activeCarriers).isPositive();
        assertThat(cluster.rows("SELECT carrier_id, COUNT(*) FROM credit_check WHERE id > ? AND occasion = 'DAILY' "
                + "GROUP BY carrier_id", creditChecksBefore))
                .as("one daily credit check per active carrier").hasSize((int) activeCarriers)
                .allSatisfy(row -> assertThat(((Number) row.get(1)).longValue()).isEqualTo(1));
        assertThat(cluster.number("SELECT COUNT(*) FROM credit_alert WHERE carrier_id = ?", listed.carrierId()))
                .as("one credit alert for the listed carrier").isEqualTo(1);
        assertThat(cluster.number("SELECT COUNT(*) FROM audit_event WHERE id > ? AND action = 'CREDIT_ALERT_RAISED'",
                auditBefore)).as("the alert audited once").isEqualTo(1);

        // each reminder step reached each person once: one notification per reminder recorded as sent
        List<List<Object>> reminders = cluster.rows("SELECT account_id, kind, link, args_json FROM notification WHERE id > ? "
                + "AND kind IN ('CALL_CLOSING', 'REVISION_DUE', 'REPORT_DUE', 'REPORT_OVERDUE', 'NOTICE_ENDING', "
                + "'REVIEW_DUE', 'CREDIT_ALERT_OPEN')", notificationsBefore);
        assertThat(reminders).as("each person reminded of each thing once").doesNotHaveDuplicates();
        assertThat(reminders.stream().map(r -> (String) r.get(1)).distinct())
                .as("the yearly report falls due within the run's 120-day step, and the credit alert raised at the "
                        + "trigger is open when the reminders run half a minute later")
                .contains("REPORT_DUE", "CREDIT_ALERT_OPEN");
        assertThat(cluster.number("SELECT COUNT(*) FROM reminder_sent") - remindersBefore)
                .as("each reminder sent is recorded once").isEqualTo(reminders.size());

        // every e-mail queued since reached the SMTP server exactly once
        List<String> queued = awaitOutboxSent(outboxBefore);
        assertThat(queued).as("reminders to people with an e-mail address are mailed").isNotEmpty();
        assertThat(receivedMails()).as("each e-mail of the outbox received once, none twice")
                .containsExactlyInAnyOrderElementsOf(queued);
        System.out.printf("%d reminders, %d e-mails, each once%n", reminders.size(), queued.size());
    }

    /** What the carrier holding the demo carrier is, once its unit is listed. */
    private record Listed(long carrierId, String creditCode) {
    }

    /**
     * What the nightly run will find: an e-mail address for every active account (the demo accounts have none), and
     * the unit of the demo carrier on a serious-dishonesty list, as the bureau's import would have put it there.
     */
    private Listed prepare() throws Exception {
        cluster.update("UPDATE account SET email = CONCAT(REPLACE(username, '.', '-'), '@cluster-ci.invalid') "
                + "WHERE email IS NULL AND status = 'ACTIVE'");
        List<List<Object>> carriers = cluster.rows("SELECT c.id, u.credit_code, u.name FROM carrier c JOIN host_unit u "
                + "ON u.id = c.unit_id WHERE c.status = 'CULTIVATING' ORDER BY c.id");
        assertThat(carriers).as("the demo carrier (profile demo)").isNotEmpty();
        List<Object> carrier = carriers.getFirst();
        String sha = HexFormat.of().formatHex(java.security.MessageDigest.getInstance("SHA-256")
                .digest(UUID.randomUUID().toString().getBytes(java.nio.charset.StandardCharsets.UTF_8)));
        try (var c = cluster.db()) {
            c.setAutoCommit(false);
            long importId;
            try (var s = c.prepareStatement("INSERT INTO credit_list_import (file_name, sha256, entries, imported_by, "
                    + "imported_at) VALUES ('cluster-test.csv', ?, 1, 'cluster-test', ?)", java.sql.Statement.RETURN_GENERATED_KEYS)) {
                s.setString(1, sha);
                s.setObject(2, java.time.LocalDateTime.now(SHANGHAI));
                s.executeUpdate();
                try (var keys = s.getGeneratedKeys()) {
                    keys.next();
                    importId = keys.getLong(1);
                }
            }
            try (var s = c.prepareStatement("INSERT INTO credit_list_entry (import_id, credit_code, name, list_type, "
                    + "authority, listed_on) VALUES (?, ?, ?, '严重失信主体名单', '集群测试', ?)")) {
                s.setLong(1, importId);
                s.setString(2, (String) carrier.get(1));
                s.setString(3, (String) carrier.get(2));
                s.setObject(4, LocalDate.now(SHANGHAI).minusDays(10));
                s.executeUpdate();
            }
            c.commit();
        }
        return new Listed(((Number) carrier.getFirst()).longValue(), (String) carrier.get(1));
    }

    /** Each node's runs so far, by "node job outcome". */
    private Map<String, Double> runs() throws Exception {
        Map<String, Double> runs = new HashMap<>();
        for (ClusterNodes.Node node : List.of(cluster.a, cluster.b)) {
            for (String job : NIGHTLY) {
                for (String outcome : OUTCOMES) {
                    runs.put(node.route() + " " + job + " " + outcome, cluster.metric(node, "portal_job_runs_total",
                            Map.of("job", job, "outcome", outcome)));
                }
            }
        }
        return runs;
    }

    private static double delta(Map<String, Double> before, Map<String, Double> after, String node, String job,
                                String outcome) {
        String key = node + " " + job + " " + outcome;
        return after.get(key) - before.get(key);
    }

    /** Waits past the trigger until both nodes have recorded a run or a skip of every nightly job. */
    private Map<String, Double> awaitBothNodesTriggered(Map<String, Double> before) throws Exception {
        Instant deadline = trigger.plus(Duration.ofMinutes(3));
        Map<String, Double> now = before;
        while (Instant.now().isBefore(deadline)) {
            Thread.sleep(Instant.now().isBefore(trigger) ? Math.min(5000, Duration.between(Instant.now(), trigger).toMillis() + 500) : 2000);
            now = runs();
            Map<String, Double> current = now;
            boolean all = Instant.now().isAfter(trigger) && NIGHTLY.stream().allMatch(job -> Stream.of("a", "b")
                    .allMatch(node -> OUTCOMES.stream().mapToDouble(o -> delta(before, current, node, job, o)).sum() >= 1));
            if (all) {
                // a moment more, so that a second run on either node (which must not happen) would show
                Thread.sleep(3000);
                return runs();
            }
        }
        Map<String, Double> last = now;
        Map<String, Double> seen = new LinkedHashMap<>();
        before.keySet().stream().sorted().forEach(k -> seen.put(k, last.get(k) - before.get(k)));
        throw new AssertionError("not every nightly job was triggered on both nodes within 3 minutes of " + trigger
                + "; runs since the test began: " + seen);
    }

    /** Waits until every e-mail queued after the given outbox id is sent; their "to subject" lines. */
    private List<String> awaitOutboxSent(long outboxBefore) throws Exception {
        Instant deadline = Instant.now().plus(Duration.ofMinutes(3));
        while (true) {
            List<List<Object>> rows = cluster.rows("SELECT to_address, subject, status FROM mail_outbox WHERE id > ? "
                    + "ORDER BY id", outboxBefore);
            boolean allSent = rows.stream().allMatch(r -> "SENT".equals(r.get(2)));
            if (allSent && !rows.isEmpty() || Instant.now().isAfter(deadline)) {
                assertThat(rows).as("every e-mail sent (the sender polls every 30 s)")
                        .allSatisfy(r -> assertThat(r.get(2)).isEqualTo("SENT"));
                // a moment more: a second delivery of any of them would arrive now
                Thread.sleep(5000);
                return rows.stream().map(r -> r.get(0) + " " + r.get(1)).toList();
            }
            Thread.sleep(2000);
        }
    }

    /** What the SMTP server received: one "to subject" line per message. */
    private List<String> receivedMails() throws Exception {
        List<String> received = new ArrayList<>();
        Session session = Session.getInstance(new Properties());
        try (Stream<Path> files = Files.list(mails)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".eml")).sorted().toList()) {
                try (InputStream in = Files.newInputStream(file)) {
                    MimeMessage message = new MimeMessage(session, in);
                    for (var to : message.getAllRecipients()) {
                        received.add(((InternetAddress) to).getAddress() + " " + message.getSubject());
                    }
                }
            }
        }
        return received;
    }
}
