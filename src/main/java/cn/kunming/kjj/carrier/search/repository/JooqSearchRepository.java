package cn.kunming.kjj.carrier.search.repository;

import cn.kunming.kjj.carrier.common.CarrierId;
import cn.kunming.kjj.carrier.common.DossierId;
import cn.kunming.kjj.carrier.search.SearchResults;
import cn.kunming.kjj.carrier.security.JooqScopes;
import cn.kunming.kjj.carrier.security.TenantScope;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;
import org.springframework.stereotype.Repository;

import java.util.List;

import static cn.kunming.kjj.carrier.jooq.Tables.CARRIER;
import static cn.kunming.kjj.carrier.jooq.Tables.DOSSIER;
import static cn.kunming.kjj.carrier.jooq.Tables.EXPERT;
import static cn.kunming.kjj.carrier.jooq.Tables.HOST_UNIT;
import static cn.kunming.kjj.carrier.jooq.Tables.TENANT;

@Repository
class JooqSearchRepository implements SearchRepository {

    private final DSLContext dsl;

    JooqSearchRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    /** A unit matches by its name or by its credit code, in part or whole. */
    private static Condition unitMatches(SearchText t) {
        if (t.numberOnly()) {
            return DSL.falseCondition();
        }
        return HOST_UNIT.NAME.like(t.contains(), SearchText.ESCAPE)
                .or(HOST_UNIT.CREDIT_CODE.like(t.codeContains(), SearchText.ESCAPE));
    }

    @Override
    public List<SearchResults.DossierHit> dossiers(TenantScope scope, SearchText t, int limit) {
        Condition matches = t.numberOnly() ? DSL.falseCondition()
                : unitMatches(t).or(DOSSIER.NAME.like(t.contains(), SearchText.ESCAPE));
        if (t.number() != null) {
            matches = matches.or(DOSSIER.ID.eq(DossierId.of(t.number())));
        }
        return dsl.select(DOSSIER.ID, DOSSIER.NAME, HOST_UNIT.NAME, HOST_UNIT.CREDIT_CODE, TENANT.NAME, DOSSIER.STATUS)
                .from(DOSSIER).join(HOST_UNIT).on(HOST_UNIT.ID.eq(DOSSIER.UNIT_ID))
                .join(TENANT).on(TENANT.ID.eq(DOSSIER.TENANT_ID))
                .where(JooqScopes.inScope(scope, DOSSIER.TENANT_ID, DOSSIER.UNIT_ID)).and(matches)
                .orderBy(DOSSIER.ID.desc()).limit(limit)
                .fetch(r -> new SearchResults.DossierHit(r.value1(), r.value2() == null ? "" : r.value2(), r.value3(),
                        r.value4(), r.value5(), r.value6()));
    }

    @Override
    public List<SearchResults.UnitHit> units(TenantScope scope, SearchText t, int limit) {
        var dossiers = DSL.selectCount().from(DOSSIER).where(DOSSIER.UNIT_ID.eq(HOST_UNIT.ID)).asField("dossiers");
        var carriers = DSL.selectCount().from(CARRIER).where(CARRIER.UNIT_ID.eq(HOST_UNIT.ID)).asField("carriers");
        return dsl.select(HOST_UNIT.ID, HOST_UNIT.NAME, HOST_UNIT.CREDIT_CODE, TENANT.NAME, dossiers, carriers)
                .from(HOST_UNIT).join(TENANT).on(TENANT.ID.eq(HOST_UNIT.TENANT_ID))
                .where(JooqScopes.hostUnitInScope(scope)).and(unitMatches(t))
                .orderBy(HOST_UNIT.NAME).limit(limit)
                .fetch(r -> new SearchResults.UnitHit(r.value1(), r.value2(), r.value3(), r.value4(),
                        ((Number) r.value5()).intValue(), ((Number) r.value6()).intValue()));
    }

    @Override
    public List<SearchResults.CarrierHit> carriers(TenantScope scope, SearchText t, int limit) {
        Condition matches = t.numberOnly() ? DSL.falseCondition()
                : unitMatches(t).or(CARRIER.NAME.like(t.contains(), SearchText.ESCAPE));
        if (t.number() != null) {
            matches = matches.or(CARRIER.ID.eq(CarrierId.of(t.number())));
        }
        return dsl.select(CARRIER.ID, CARRIER.NAME, HOST_UNIT.NAME, HOST_UNIT.CREDIT_CODE, CARRIER.STATUS)
                .from(CARRIER).join(HOST_UNIT).on(HOST_UNIT.ID.eq(CARRIER.UNIT_ID))
                .where(JooqScopes.inScope(scope, CARRIER.TENANT_ID, CARRIER.UNIT_ID)).and(matches)
                .orderBy(CARRIER.ID.desc()).limit(limit)
                .fetch(r -> new SearchResults.CarrierHit(r.value1(), r.value2(), r.value3(), r.value4(), r.value5()));
    }

    @Override
    public List<SearchResults.ExpertHit> experts(SearchText t, int limit) {
        if (t.numberOnly()) {
            return List.of();
        }
        return dsl.select(EXPERT.ID, EXPERT.NAME, EXPERT.AFFILIATION, EXPERT.FIELDS).from(EXPERT)
                .where(EXPERT.NAME.like(t.contains(), SearchText.ESCAPE)
                        .or(EXPERT.AFFILIATION.like(t.contains(), SearchText.ESCAPE))
                        .or(EXPERT.FIELDS.like(t.contains(), SearchText.ESCAPE)))
                .orderBy(EXPERT.NAME).limit(limit)
                .fetch(r -> new SearchResults.ExpertHit(r.value1(), r.value2(), r.value3() == null ? "" : r.value3(),
                        r.value4()));
    }
}
