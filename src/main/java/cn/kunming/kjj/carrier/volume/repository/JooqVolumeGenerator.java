package cn.kunming.kjj.carrier.volume.repository;

import cn.kunming.kjj.carrier.tenant.TenantType;
import cn.kunming.kjj.carrier.volume.VolumeContent;
import cn.kunming.kjj.carrier.volume.VolumeSpec;
import org.jooq.DSLContext;
import org.jooq.TableField;
import org.springframework.stereotype.Repository;

import java.time.LocalDateTime;
import java.util.List;
import java.util.Random;

import static cn.kunming.kjj.carrier.jooq.Tables.ACCOUNT;
import static cn.kunming.kjj.carrier.jooq.Tables.ANNUAL_REPORT;
import static cn.kunming.kjj.carrier.jooq.Tables.APP_CALL;
import static cn.kunming.kjj.carrier.jooq.Tables.CARRIER;
import static cn.kunming.kjj.carrier.jooq.Tables.DOSSIER;
import static cn.kunming.kjj.carrier.jooq.Tables.DOSSIER_ATTACHMENT;
import static cn.kunming.kjj.carrier.jooq.Tables.EXPERT;
import static cn.kunming.kjj.carrier.jooq.Tables.EXPERT_ASSIGNMENT;
import static cn.kunming.kjj.carrier.jooq.Tables.HOST_UNIT;
import static cn.kunming.kjj.carrier.jooq.Tables.SUBSIDY;
import static cn.kunming.kjj.carrier.jooq.Tables.TENANT;

/**
 * Writes a deterministic multi-year volume (issue 14) in multi-row inserts: the same spec gives the same rows on H2
 * and on MariaDB. One random sequence runs through the parts in a fixed order (units and accounts, calls, experts,
 * dossiers, score sheets, carriers, audit history), so that a part drawn earlier or later would change every row after
 * it. What the rows say comes from {@link VolumeContent}.
 */
@Repository
public class JooqVolumeGenerator {

    /** The key columns whose values the parts give (the audit trail moves its own). */
    private static final List<TableField<?, ?>> GIVEN_IDS = List.of(HOST_UNIT.ID, ACCOUNT.ID, APP_CALL.ID, EXPERT.ID,
            DOSSIER.ID, DOSSIER_ATTACHMENT.ID, EXPERT_ASSIGNMENT.ID, CARRIER.ID, ANNUAL_REPORT.ID, SUBSIDY.ID);

    private final DSLContext dsl;
    private final JooqVolumeRows rows;
    private final JooqVolumeUnits units;
    private final JooqVolumeDossiers dossiers;
    private final JooqVolumeScores scores;
    private final JooqVolumeCarriers carriers;
    private final JooqVolumeAuditTrail auditTrail;

    JooqVolumeGenerator(DSLContext dsl, JooqVolumeRows rows, JooqVolumeUnits units, JooqVolumeDossiers dossiers,
                        JooqVolumeScores scores, JooqVolumeCarriers carriers, JooqVolumeAuditTrail auditTrail) {
        this.dsl = dsl;
        this.rows = rows;
        this.units = units;
        this.dossiers = dossiers;
        this.scores = scores;
        this.carriers = carriers;
        this.auditTrail = auditTrail;
    }

    /** True when a volume of this size is already there (the generator then leaves the database alone). */
    public boolean present(VolumeSpec spec) {
        return dsl.fetchCount(DOSSIER) >= spec.dossiers();
    }

    /** Generates everything; the password hash is given to every generated account (the demo password). */
    public void generate(VolumeSpec spec, String passwordHash, int lastYear) {
        Random random = new Random(spec.seed());
        List<String> tenants = dsl.select(TENANT.ID).from(TENANT)
                .where(TENANT.TENANT_TYPE.notIn(TenantType.BUREAU, TenantType.INDUSTRY_AUTHORITY))
                .orderBy(TENANT.SORT_ORDER).fetch(TENANT.ID);
        String bureau = dsl.select(TENANT.ID).from(TENANT).where(TENANT.TENANT_TYPE.eq(TenantType.BUREAU)).fetchSingle().value1();
        LocalDateTime now = LocalDateTime.of(lastYear, 11, 1, 9, 0);

        VolumeUnits generatedUnits = units.units(spec, tenants, random, now);
        units.accounts(spec, tenants, bureau, generatedUnits, passwordHash, now);
        List<VolumeCall> calls = dossiers.calls(spec, lastYear);
        long[] experts = scores.experts(spec, random, now);
        VolumeDossiers generatedDossiers = dossiers.dossiers(spec, generatedUnits, calls, random, now);
        scores.scoreSheets(spec, generatedDossiers, experts, random);
        carriers.carriers(generatedDossiers, generatedUnits, calls, random, lastYear);
        auditTrail.append(spec, tenants, random, LocalDateTime.of(lastYear - calls.size() / 2, 1, 5, 8, 0), now);
        rows.restartIdentities(GIVEN_IDS);
        auditTrail.restartIdentity();
    }
}
