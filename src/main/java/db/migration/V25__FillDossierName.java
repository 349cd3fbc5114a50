package db.migration;

import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;

/** Fills {@code dossier.name} (added by V24) with the proposed name ({@code facts.name}) of the JSON content. */
public class V25__FillDossierName extends BaseJavaMigration {

    @Override
    public void migrate(Context context) throws Exception {
        JsonMapper json = JsonMapper.builder().build();
        try (Statement select = context.getConnection().createStatement();
             ResultSet rows = select.executeQuery("SELECT id, content_json FROM dossier WHERE name IS NULL");
             PreparedStatement update = context.getConnection().prepareStatement("UPDATE dossier SET name = ? WHERE id = ?")) {
            int pending = 0;
            while (rows.next()) {
                JsonNode name = json.readTree(rows.getString(2)).path("facts").path("name");
                String value = name.isString() ? name.asString().strip() : "";
                update.setString(1, value.length() > 200 ? value.substring(0, 200) : value);
                update.setLong(2, rows.getLong(1));
                update.addBatch();
                if (++pending % 1_000 == 0) {
                    update.executeBatch();
                }
            }
            update.executeBatch();
        }
    }
}
