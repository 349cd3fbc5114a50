package db.migration;

import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;

/**
 * Fills {@code dossier.industry_field} (added by V19) from the content of dossiers written before it existed. The
 * content is JSON, which H2 and MySQL read differently in SQL, so it is read here.
 */
public class V20__FillDossierIndustryField extends BaseJavaMigration {

    @Override
    public void migrate(Context context) throws Exception {
        JsonMapper json = JsonMapper.builder().build();
        try (Statement select = context.getConnection().createStatement();
             ResultSet rows = select.executeQuery("SELECT id, content_json FROM dossier WHERE industry_field IS NULL");
             PreparedStatement update = context.getConnection()
                     .prepareStatement("UPDATE dossier SET industry_field = ? WHERE id = ?")) {
            while (rows.next()) {
                JsonNode field = json.readTree(rows.getString(2)).get("industryField");
                String value = field == null || field.isNull() ? null : field.asString().strip();
                if (value != null && !value.isEmpty()) {
                    update.setString(1, value.length() > 100 ? value.substring(0, 100) : value);
                    update.setLong(2, rows.getLong(1));
                    update.executeUpdate();
                }
            }
        }
    }
}
