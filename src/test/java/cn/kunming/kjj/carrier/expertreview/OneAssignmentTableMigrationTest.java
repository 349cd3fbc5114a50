package cn.kunming.kjj.carrier.expertreview;

import cn.kunming.kjj.carrier.common.ExpertId;
import org.flywaydb.core.Flyway;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.Test;

import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * V29 moves both kinds of expert assignment into one table: dossier assignments keep their ids (reminders are keyed
 * by them), report assignments follow, and nothing of either is lost.
 */
class OneAssignmentTableMigrationTest {

    private static JdbcDataSource database() {
        JdbcDataSource ds = new JdbcDataSource();
        ds.setURL("jdbc:h2:mem:v29-" + System.nanoTime() + ";MODE=MySQL;DATABASE_TO_LOWER=TRUE;DB_CLOSE_DELAY=-1");
        return ds;
    }

    /** Inserts a row giving the columns named and a plain value to every other column that needs one. */
    private static void insert(Connection c, String table, Map<String, Object> given) throws SQLException {
        Map<String, Object> values = new LinkedHashMap<>(given);
        DatabaseMetaData meta = c.getMetaData();
        try (ResultSet columns = meta.getColumns(null, null, table, null)) {
            while (columns.next()) {
                String name = columns.getString("COLUMN_NAME");
                boolean required = columns.getInt("NULLABLE") == DatabaseMetaData.columnNoNulls
                        && columns.getString("COLUMN_DEF") == null && !"YES".equals(columns.getString("IS_AUTOINCREMENT"));
                if (required && !values.containsKey(name)) {
                    values.put(name, switch (columns.getInt("DATA_TYPE")) {
                        case Types.DATE -> java.sql.Date.valueOf("2026-01-05");
                        case Types.TIMESTAMP, Types.TIMESTAMP_WITH_TIMEZONE -> java.sql.Timestamp.valueOf("2026-01-05 10:00:00");
                        case Types.BIGINT, Types.INTEGER, Types.SMALLINT, Types.TINYINT, Types.DECIMAL, Types.NUMERIC -> 0;
                        case Types.BOOLEAN, Types.BIT -> false;
                        default -> "x";
                    });
                }
            }
        }
        List<String> names = new ArrayList<>(values.keySet());
        String sql = "INSERT INTO " + table + " (" + String.join(", ", names) + ") VALUES ("
                + String.join(", ", names.stream().map(n -> "?").toList()) + ")";
        try (var statement = c.prepareStatement(sql)) {
            for (int i = 0; i < names.size(); i++) {
                statement.setObject(i + 1, values.get(names.get(i)));
            }
            statement.executeUpdate();
        }
    }

    private static Map<String, Object> assignment(long expert, String status, String scores) {
        Map<String, Object> row = new LinkedHashMap<>();
        row.put("tenant_id", "530102");
        row.put("unit_id", 7L);
        row.put("expert_id", expert);
        row.put("status", status);
        row.put("assigned_by", "bureau");
        row.put("assigned_at", java.sql.Timestamp.valueOf("2026-03-01 09:00:00"));
        row.put("scores_json", scores);
        row.put("weighted_score", scores == null ? null : new java.math.BigDecimal("81.50"));
        row.put("version", 2);
        return row;
    }

    @Test
    void bothKindsOfAssignmentMoveIntoOneTableWithDossierIdsKeptAndNothingLost() throws SQLException {
        JdbcDataSource ds = database();
        Flyway.configure().dataSource(ds).locations("classpath:db/migration").target("28").load().migrate();
        try (Connection c = ds.getConnection(); Statement s = c.createStatement()) {
            s.execute("SET REFERENTIAL_INTEGRITY FALSE");
            insert(c, "expert", Map.of("id", 3L, "name", "专家甲"));
            insert(c, "dossier", Map.of("id", 11L, "kind", "PILOT_PLATFORM", "status", "UNDER_EXPERT_REVIEW"));
            insert(c, "carrier", Map.of("id", 21L, "kind", "CONCEPT_CENTER"));
            insert(c, "annual_report", Map.of("id", 31L, "carrier_id", 21L));
            Map<String, Object> dossierRow = assignment(3L, "SUBMITTED", "{\"BASIS\":80}");
            dossierRow.put("id", 57L);
            dossierRow.put("dossier_id", 11L);
            insert(c, "review_assignment", dossierRow);
            Map<String, Object> reportRow = assignment(3L, "ACCEPTED", null);
            reportRow.put("id", 5L);
            reportRow.put("report_id", 31L);
            reportRow.put("carrier_id", 21L);
            insert(c, "report_assignment", reportRow);
            s.execute("SET REFERENTIAL_INTEGRITY TRUE");
        }
        Flyway.configure().dataSource(ds).locations("classpath:db/migration").target("29").load().migrate();
        try (Connection c = ds.getConnection(); Statement s = c.createStatement();
             ResultSet r = s.executeQuery("SELECT id, subject_type, subject_id, kind, status, scores_json, weighted_score,"
                     + " version, expert_id FROM expert_assignment ORDER BY id")) {
            List<String> rows = new ArrayList<>();
            while (r.next()) {
                rows.add(r.getLong(1) + " " + r.getString(2) + " " + r.getLong(3) + " " + r.getString(4) + " "
                        + r.getString(5) + " " + r.getString(6) + " " + r.getBigDecimal(7) + " " + r.getInt(8) + " "
                        + r.getLong(9));
            }
            assertThat(rows).containsExactly(
                    "57 DOSSIER 11 PILOT_PLATFORM SUBMITTED {\"BASIS\":80} 81.50 2 3",
                    "58 ANNUAL_REPORT 31 CONCEPT_CENTER ACCEPTED null null 2 3");
            assertThat(c.getMetaData().getTables(null, null, "review_assignment", null).next()).isFalse();
            assertThat(c.getMetaData().getTables(null, null, "report_assignment", null).next()).isFalse();
            s.execute("INSERT INTO expert_assignment (subject_type, subject_id, kind, tenant_id, unit_id, expert_id,"
                    + " status, assigned_by, assigned_at) VALUES ('DOSSIER', 12, 'PILOT_PLATFORM', '530102', 7, 3,"
                    + " 'ASSIGNED', 'bureau', CURRENT_TIMESTAMP)");
            try (ResultSet next = s.executeQuery("SELECT MAX(id) FROM expert_assignment")) {
                next.next();
                assertThat(next.getLong(1)).as("new assignments are numbered after the moved ones").isEqualTo(59);
            }
        }
    }
}
