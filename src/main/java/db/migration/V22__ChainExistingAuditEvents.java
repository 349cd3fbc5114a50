package db.migration;

import cn.kunming.kjj.carrier.audit.AuditEvent;
import cn.kunming.kjj.carrier.audit.AuditHash;
import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.sql.Timestamp;

/** Chains the audit events written before V21, in the order they were written. */
public class V22__ChainExistingAuditEvents extends BaseJavaMigration {

    @Override
    public void migrate(Context context) throws Exception {
        String previous = AuditHash.GENESIS;
        long seq = 0;
        try (Statement select = context.getConnection().createStatement();
             ResultSet rows = select.executeQuery("SELECT id, occurred_at, actor, actor_role, tenant_id, action,"
                     + " entity_type, entity_id, rule_id, detail FROM audit_event WHERE hash IS NULL ORDER BY id");
             PreparedStatement update = context.getConnection().prepareStatement(
                     "UPDATE audit_event SET chain_seq = ?, prev_hash = ?, hash = ? WHERE id = ?")) {
            while (rows.next()) {
                Timestamp at = rows.getTimestamp(2);
                AuditEvent e = new AuditEvent(rows.getLong(1), at == null ? null : at.toLocalDateTime(),
                        rows.getString(3), rows.getString(4), rows.getString(5), rows.getString(6), rows.getString(7),
                        rows.getString(8), rows.getString(9), rows.getString(10));
                String hash = AuditHash.of(previous, ++seq, e);
                update.setLong(1, seq);
                update.setString(2, previous);
                update.setString(3, hash);
                update.setLong(4, e.id());
                update.executeUpdate();
                previous = hash;
            }
        }
        try (PreparedStatement head = context.getConnection()
                .prepareStatement("UPDATE audit_chain_head SET last_seq = ?, last_hash = ? WHERE id = 1")) {
            head.setLong(1, seq);
            head.setString(2, previous);
            head.executeUpdate();
        }
    }
}
