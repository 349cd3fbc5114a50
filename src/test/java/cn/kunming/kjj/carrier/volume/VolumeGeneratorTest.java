package cn.kunming.kjj.carrier.volume;

import cn.kunming.kjj.carrier.common.CallId;
import cn.kunming.kjj.carrier.audit.AuditChain;
import cn.kunming.kjj.carrier.audit.ChainReport;
import cn.kunming.kjj.carrier.dossier.DossierFilter;
import cn.kunming.kjj.carrier.dossier.DossierListService;
import cn.kunming.kjj.carrier.dossier.DossierService;
import cn.kunming.kjj.carrier.dossier.DossierSort;
import cn.kunming.kjj.carrier.dossier.DossierStatus;
import cn.kunming.kjj.carrier.security.Role;
import cn.kunming.kjj.carrier.support.As;
import cn.kunming.kjj.carrier.volume.repository.JooqVolumeGenerator;
import org.jooq.DSLContext;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;

import static cn.kunming.kjj.carrier.jooq.Tables.ACCOUNT;
import static cn.kunming.kjj.carrier.jooq.Tables.APP_CALL;
import static cn.kunming.kjj.carrier.jooq.Tables.AUDIT_EVENT;
import static cn.kunming.kjj.carrier.jooq.Tables.CARRIER;
import static cn.kunming.kjj.carrier.jooq.Tables.DOSSIER;
import static cn.kunming.kjj.carrier.jooq.Tables.DOSSIER_VERSION;
import static cn.kunming.kjj.carrier.jooq.Tables.HOST_UNIT;
import static cn.kunming.kjj.carrier.jooq.Tables.EXPERT_ASSIGNMENT;
import static cn.kunming.kjj.carrier.jooq.Tables.TENANT;
import static org.assertj.core.api.Assertions.assertThat;

/** The volume generator at a hundredth of full size, in a database of its own (the other tests never see it). */
@SpringBootTest(properties = "spring.datasource.url=jdbc:h2:mem:volume-test;MODE=MySQL;DATABASE_TO_LOWER=TRUE;"
        + "DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1")
@ActiveProfiles("test")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class VolumeGeneratorTest {

    static final VolumeSpec SPEC = VolumeSpec.full().scaled(0.01);

    @Autowired
    JooqVolumeGenerator generator;
    @Autowired
    DSLContext dsl;
    @Autowired
    DossierService dossiers;
    @Autowired
    DossierListService dossierList;
    @Autowired
    AuditChain chain;

    @BeforeAll
    void generate() {
        assertThat(generator.present(SPEC)).isFalse();
        generator.generate(SPEC, "{noop}not-used", 2026);
    }

    @AfterEach
    void signOut() {
        As.signOut();
    }

    @Test
    void theVolumeHasExactlyTheRowsItsSpecificationAsksFor() {
        assertThat(dsl.fetchCount(HOST_UNIT)).isEqualTo(SPEC.units());
        assertThat(dsl.fetchCount(APP_CALL)).isEqualTo(SPEC.calls());
        assertThat(dsl.fetchCount(DOSSIER)).isEqualTo(SPEC.dossiers());
        assertThat(dsl.fetchCount(EXPERT_ASSIGNMENT)).isEqualTo(SPEC.scores());
        assertThat(dsl.fetchCount(CARRIER)).isEqualTo(SPEC.carriers());
        assertThat(dsl.fetchCount(AUDIT_EVENT)).isEqualTo(SPEC.auditEvents());
        assertThat(dsl.fetchCount(ACCOUNT, ACCOUNT.USERNAME.like("vol.%")))
                .as("an applicant per unit, officers in every tenant and the bureau")
                .isEqualTo(SPEC.units() + dsl.fetchCount(TENANT) * SPEC.officersPerTenant());
        assertThat(dsl.fetchCount(DOSSIER, DOSSIER.STATUS.eq(DossierStatus.APPROVED))).isEqualTo(SPEC.carriers());
        assertThat(generator.present(SPEC)).as("a second run leaves the database alone").isTrue();
    }

    /** The volume's "now" is 1 November of its last year: a call still open then has nothing saved after it. */
    @Test
    void noDossierIsSavedOrSubmittedAfterTheVolumesNow() {
        java.time.LocalDateTime now = java.time.LocalDateTime.of(2026, 11, 1, 9, 0);
        assertThat(dsl.fetchCount(DOSSIER, DOSSIER.LAST_SAVED_AT.gt(now))).isZero();
        assertThat(dsl.fetchCount(DOSSIER_VERSION, DOSSIER_VERSION.SUBMITTED_AT.gt(now))).isZero();
        assertThat(dsl.fetchCount(DOSSIER, DOSSIER.LAST_SAVED_AT.gt(now.minusMonths(1)))).as("the open call has recent ones")
                .isPositive();
    }

    @Test
    void theGeneratedDossiersReadAsAnyOtherAndTheDatabaseKeepsNumberingAfterThem() {
        As.role(Role.BUREAU_OFFICER, "KMKJJ");
        assertThat(dossierList.count(DossierFilter.none())).isEqualTo(SPEC.dossiers());
        var page = dossierList.rows(DossierFilter.none(), new DossierSort(DossierSort.Column.NAME, false), 0, 50);
        assertThat(page).hasSize(50).allSatisfy(row -> assertThat(row.name()).isNotBlank());
        assertThat(page.stream().map(r -> r.name()).toList()).isSorted();
        assertThat(dossiers.find(page.getFirst().id()).orElseThrow().content().facts().name())
                .isEqualTo(page.getFirst().name());
        long lastGenerated = dsl.select(org.jooq.impl.DSL.max(APP_CALL.ID)).from(APP_CALL).fetchSingle().value1().value();
        long next = dsl.insertInto(APP_CALL).set(APP_CALL.CALL_YEAR, 2027).set(APP_CALL.TITLE, "新批次")
                .set(APP_CALL.KINDS, "CONCEPT_CENTER").set(APP_CALL.OPENS_AT, java.time.LocalDateTime.now())
                .set(APP_CALL.CLOSES_AT, java.time.LocalDateTime.now()).set(APP_CALL.STATUS, cn.kunming.kjj.carrier.call.CallStatus.DRAFT)
                .set(APP_CALL.CREATED_AT, java.time.LocalDateTime.now()).set(APP_CALL.CREATED_BY, "test")
                .set(APP_CALL.VERSION, 0).returning(APP_CALL.ID).fetchSingle().getId().value();
        assertThat(next).as("the database numbers new rows after the given ids").isGreaterThan(lastGenerated);
        dsl.deleteFrom(APP_CALL).where(APP_CALL.ID.eq(CallId.of(next))).execute();
    }

    @Test
    void theGeneratedAuditEventsContinueTheHashChainUnbroken() {
        As.role(Role.AUDITOR, null);
        ChainReport report = chain.verify();
        assertThat(report.intact()).isTrue();
        assertThat(report.eventsChecked()).isGreaterThanOrEqualTo(SPEC.auditEvents());
    }
}
