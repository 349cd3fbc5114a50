package cn.kunming.kjj.carrier.majorchange.repository;

import cn.kunming.kjj.carrier.common.UnitId;
import cn.kunming.kjj.carrier.common.TenantId;
import cn.kunming.kjj.carrier.eligibility.Facts;
import cn.kunming.kjj.carrier.majorchange.ChangeDecision;
import cn.kunming.kjj.carrier.majorchange.ChangeStatus;
import cn.kunming.kjj.carrier.majorchange.ChangeType;
import cn.kunming.kjj.carrier.majorchange.MajorChange;
import cn.kunming.kjj.carrier.majorchange.ChangeDraft;
import cn.kunming.kjj.carrier.security.TenantScope;
import cn.kunming.kjj.carrier.security.JooqScopes;
import org.jooq.DSLContext;
import org.jooq.Record;
import org.jooq.TableField;
import org.springframework.stereotype.Repository;
import tools.jackson.databind.json.JsonMapper;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static cn.kunming.kjj.carrier.jooq.Tables.CARRIER;
import static cn.kunming.kjj.carrier.jooq.Tables.HOST_UNIT;
import static cn.kunming.kjj.carrier.jooq.Tables.HOST_UNIT_HISTORY;
import static cn.kunming.kjj.carrier.jooq.Tables.MAJOR_CHANGE;

@Repository
class JooqChangeRepository implements ChangeRepository {

    private static final Map<String, TableField<?, String>> UNIT_FIELDS = Map.of("name", HOST_UNIT.NAME,
            "creditCode", HOST_UNIT.CREDIT_CODE, "head", HOST_UNIT.LEGAL_REPRESENTATIVE);
    private final DSLContext dsl;
    private final JsonMapper json = JsonMapper.builder().build();

    JooqChangeRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    @Override
    public long insert(ChangeDraft c, UnitId unitId, TenantId tenant, LocalDate dueOn, boolean dueEstimated, String by,
                       LocalDateTime at) {
        return dsl.insertInto(MAJOR_CHANGE)
                .set(MAJOR_CHANGE.CARRIER_ID, c.carrierId())
                .set(MAJOR_CHANGE.UNIT_ID, unitId)
                .set(MAJOR_CHANGE.TENANT_ID, tenant.value())
                .set(MAJOR_CHANGE.CHANGE_TYPE, c.type())
                .set(MAJOR_CHANGE.CHANGED_ON, c.changedOn())
                .set(MAJOR_CHANGE.DESCRIPTION, c.description())
                .set(MAJOR_CHANGE.FACTS_JSON, c.facts() == null ? null : json.writeValueAsString(c.facts()))
                .set(MAJOR_CHANGE.NEW_NAME, c.newName())
                .set(MAJOR_CHANGE.NEW_CREDIT_CODE, c.newCreditCode())
                .set(MAJOR_CHANGE.NEW_HEAD, c.newHead())
                .set(MAJOR_CHANGE.DUE_ON, dueOn)
                .set(MAJOR_CHANGE.DUE_ESTIMATED, dueEstimated)
                .set(MAJOR_CHANGE.FILED_BY, by)
                .set(MAJOR_CHANGE.FILED_AT, at)
                .set(MAJOR_CHANGE.STATUS, ChangeStatus.FILED)
                .set(MAJOR_CHANGE.VERSION, 0)
                .returning(MAJOR_CHANGE.ID).fetchSingle().getId();
    }

    private org.jooq.SelectOnConditionStep<Record> changes() {
        return dsl.select(MAJOR_CHANGE.fields()).select(CARRIER.NAME).from(MAJOR_CHANGE)
                .join(CARRIER).on(CARRIER.ID.eq(MAJOR_CHANGE.CARRIER_ID));
    }

    @Override
    public List<MajorChange> find(TenantScope scope) {
        return changes().where(JooqScopes.inScope(scope, MAJOR_CHANGE.TENANT_ID, MAJOR_CHANGE.UNIT_ID))
                .orderBy(MAJOR_CHANGE.FILED_AT.desc()).fetch(this::toChange);
    }

    @Override
    public Optional<MajorChange> findById(TenantScope scope, long id) {
        return changes().where(JooqScopes.inScope(scope, MAJOR_CHANGE.TENANT_ID, MAJOR_CHANGE.UNIT_ID))
                .and(MAJOR_CHANGE.ID.eq(id)).fetchOptional(this::toChange);
    }

    @Override
    public boolean districtOpinion(TenantScope scope, long id, int version, String opinion, String by, LocalDateTime at) {
        return dsl.update(MAJOR_CHANGE)
                .set(MAJOR_CHANGE.DISTRICT_OPINION, opinion)
                .set(MAJOR_CHANGE.DISTRICT_BY, by)
                .set(MAJOR_CHANGE.DISTRICT_AT, at)
                .set(MAJOR_CHANGE.STATUS, ChangeStatus.DISTRICT_REVIEWED)
                .set(MAJOR_CHANGE.VERSION, MAJOR_CHANGE.VERSION.plus(1))
                .where(MAJOR_CHANGE.ID.eq(id)).and(MAJOR_CHANGE.VERSION.eq(version))
                .and(MAJOR_CHANGE.STATUS.eq(ChangeStatus.FILED))
                .and(JooqScopes.inScope(scope, MAJOR_CHANGE.TENANT_ID, MAJOR_CHANGE.UNIT_ID)).execute() == 1;
    }

    @Override
    public boolean decide(TenantScope scope, long id, int version, boolean stillEligible, String ruleSetVersion,
                          ChangeDecision decision, String reason, String by, LocalDateTime at) {
        return dsl.update(MAJOR_CHANGE)
                .set(MAJOR_CHANGE.STILL_ELIGIBLE, stillEligible)
                .set(MAJOR_CHANGE.RULE_SET_VERSION, ruleSetVersion)
                .set(MAJOR_CHANGE.DECISION, decision)
                .set(MAJOR_CHANGE.DECISION_REASON, reason)
                .set(MAJOR_CHANGE.DECIDED_BY, by)
                .set(MAJOR_CHANGE.DECIDED_AT, at)
                .set(MAJOR_CHANGE.STATUS, ChangeStatus.DECIDED)
                .set(MAJOR_CHANGE.VERSION, MAJOR_CHANGE.VERSION.plus(1))
                .where(MAJOR_CHANGE.ID.eq(id)).and(MAJOR_CHANGE.VERSION.eq(version))
                .and(MAJOR_CHANGE.STATUS.eq(ChangeStatus.DISTRICT_REVIEWED))
                .and(JooqScopes.inScope(scope, MAJOR_CHANGE.TENANT_ID, MAJOR_CHANGE.UNIT_ID)).execute() == 1;
    }

    @Override
    public void changeUnit(UnitId unitId, TenantId tenant, String field, String oldValue, String newValue, LocalDate on,
                           String reason, String by, LocalDateTime at) {
        dsl.update(HOST_UNIT).set(UNIT_FIELDS.get(field), newValue).set(HOST_UNIT.VERSION, HOST_UNIT.VERSION.plus(1))
                .where(HOST_UNIT.ID.eq(unitId)).execute();
        if (HOST_UNIT.CREDIT_CODE.equals(UNIT_FIELDS.get(field))) {
            // an activated unit claims its code under the new value too
            dsl.update(HOST_UNIT).set(HOST_UNIT.CLAIMED_CREDIT_CODE, HOST_UNIT.CREDIT_CODE)
                    .where(HOST_UNIT.ID.eq(unitId)).and(HOST_UNIT.CLAIMED_CREDIT_CODE.isNotNull()).execute();
        }
        dsl.insertInto(HOST_UNIT_HISTORY)
                .set(HOST_UNIT_HISTORY.UNIT_ID, unitId)
                .set(HOST_UNIT_HISTORY.TENANT_ID, tenant.value())
                .set(HOST_UNIT_HISTORY.FIELD, field)
                .set(HOST_UNIT_HISTORY.OLD_VALUE, oldValue)
                .set(HOST_UNIT_HISTORY.NEW_VALUE, newValue)
                .set(HOST_UNIT_HISTORY.CHANGED_ON, on)
                .set(HOST_UNIT_HISTORY.REASON, reason)
                .set(HOST_UNIT_HISTORY.CHANGED_BY, by)
                .set(HOST_UNIT_HISTORY.CHANGED_AT, at)
                .execute();
    }

    private MajorChange toChange(Record r) {
        String facts = r.get(MAJOR_CHANGE.FACTS_JSON);
        var decision = r.get(MAJOR_CHANGE.DECISION);
        return new MajorChange(r.get(MAJOR_CHANGE.ID), r.get(MAJOR_CHANGE.CARRIER_ID), r.get(CARRIER.NAME),
                r.get(MAJOR_CHANGE.UNIT_ID), new TenantId(r.get(MAJOR_CHANGE.TENANT_ID)),
                r.get(MAJOR_CHANGE.CHANGE_TYPE), r.get(MAJOR_CHANGE.CHANGED_ON),
                r.get(MAJOR_CHANGE.DESCRIPTION), facts == null ? null : json.readValue(facts, Facts.class),
                r.get(MAJOR_CHANGE.NEW_NAME), r.get(MAJOR_CHANGE.NEW_CREDIT_CODE), r.get(MAJOR_CHANGE.NEW_HEAD),
                r.get(MAJOR_CHANGE.DUE_ON), r.get(MAJOR_CHANGE.DUE_ESTIMATED), r.get(MAJOR_CHANGE.FILED_BY),
                r.get(MAJOR_CHANGE.FILED_AT), r.get(MAJOR_CHANGE.STATUS),
                r.get(MAJOR_CHANGE.DISTRICT_OPINION), r.get(MAJOR_CHANGE.DISTRICT_BY), r.get(MAJOR_CHANGE.STILL_ELIGIBLE),
                r.get(MAJOR_CHANGE.RULE_SET_VERSION), decision,
                r.get(MAJOR_CHANGE.DECISION_REASON), r.get(MAJOR_CHANGE.DECIDED_BY), r.get(MAJOR_CHANGE.DECIDED_AT),
                r.get(MAJOR_CHANGE.VERSION));
    }
}
