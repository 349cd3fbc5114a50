package cn.kunming.kjj.carrier.dossier;

import cn.kunming.kjj.carrier.common.DossierId;
import cn.kunming.kjj.carrier.support.Scenarios;
import cn.kunming.kjj.carrier.review.ReviewScenario;
import cn.kunming.kjj.carrier.support.PortalSpringTest;
import db.migration.V25__FillDossierName;
import org.flywaydb.core.api.configuration.Configuration;
import org.flywaydb.core.api.migration.Context;
import org.jooq.DSLContext;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import javax.sql.DataSource;
import java.sql.Connection;

import static cn.kunming.kjj.carrier.jooq.Tables.DOSSIER;
import static org.assertj.core.api.Assertions.assertThat;

/** V25 gives dossiers written before the list could sort by name their proposed name from the content. */
@PortalSpringTest
class DossierNameMigrationTest {

    @Autowired
    ReviewScenario scenario;
    @Autowired
    DSLContext dsl;
    @Autowired
    DataSource dataSource;

    @Test
    void aDossierWithoutANameColumnGetsTheProposedNameOfItsContent() throws Exception {
        DossierId id = scenario.submitted(scenario.openCall(), "530124").dossierId();
        dsl.update(DOSSIER).set(DOSSIER.NAME, (String) null).where(DOSSIER.ID.eq(id)).execute();
        try (Connection connection = dataSource.getConnection()) {
            new V25__FillDossierName().migrate(new Context() {
                @Override
                public Configuration getConfiguration() {
                    return null;
                }

                @Override
                public Connection getConnection() {
                    return connection;
                }
            });
        }
        assertThat(dsl.select(DOSSIER.NAME).from(DOSSIER).where(DOSSIER.ID.eq(id)).fetchOne(DOSSIER.NAME))
                .isEqualTo(Scenarios.eligibleContent().facts().name());
    }
}
