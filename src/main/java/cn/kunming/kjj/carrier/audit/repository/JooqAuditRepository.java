package cn.kunming.kjj.carrier.audit.repository;

import cn.kunming.kjj.carrier.audit.AuditCursor;
import cn.kunming.kjj.carrier.audit.AuditEvent;
import cn.kunming.kjj.carrier.audit.AuditQuery;
import cn.kunming.kjj.carrier.audit.ChainHead;
import cn.kunming.kjj.carrier.audit.ChainLink;
import cn.kunming.kjj.carrier.audit.ChainReport;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.SortField;
import org.jooq.impl.DSL;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Repository;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import static cn.kunming.kjj.carrier.jooq.Tables.AUDIT_CHAIN_CHECK;
import static cn.kunming.kjj.carrier.jooq.Tables.AUDIT_CHAIN_HEAD;
import static cn.kunming.kjj.carrier.jooq.Tables.AUDIT_EVENT;

@Repository
class JooqAuditRepository implements AuditRepository {

    private final DSLContext dsl;

    JooqAuditRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    @Override
    public long append(AuditEvent e) {
        return dsl.insertInto(AUDIT_EVENT)
                .set(AUDIT_EVENT.OCCURRED_AT, e.occurredAt())
                .set(AUDIT_EVENT.ACTOR, e.actor())
                .set(AUDIT_EVENT.ACTOR_ROLE, e.actorRole())
                .set(AUDIT_EVENT.TENANT_ID, e.tenantId())
                .set(AUDIT_EVENT.ACTION, e.action())
                .set(AUDIT_EVENT.ENTITY_TYPE, e.entityType())
                .set(AUDIT_EVENT.ENTITY_ID, e.entityId())
                .set(AUDIT_EVENT.RULE_ID, e.ruleId())
                .set(AUDIT_EVENT.DETAIL, e.detail())
                .returning(AUDIT_EVENT.ID)
                .fetchSingle().getId();
    }

    @Override
    public List<ChainLink> links(long afterSeq, int limit) {
        return dsl.selectFrom(AUDIT_EVENT).where(AUDIT_EVENT.CHAIN_SEQ.gt(afterSeq)).orderBy(AUDIT_EVENT.CHAIN_SEQ)
                .limit(limit)
                .fetch(r -> new ChainLink(r.getChainSeq(), r.getPrevHash(), r.getHash(), toEvent(r)));
    }

    @Override
    public ChainHead head() {
        var head = dsl.selectFrom(AUDIT_CHAIN_HEAD).where(AUDIT_CHAIN_HEAD.ID.eq(1)).fetchSingle();
        return new ChainHead(head.getLastSeq(), head.getLastHash());
    }

    @Override
    public java.util.Optional<Long> firstUnchained() {
        return dsl.select(DSL.min(AUDIT_EVENT.ID)).from(AUDIT_EVENT).where(AUDIT_EVENT.HASH.isNull())
                .fetchOptional(0, Long.class);
    }

    @Override
    public void saveReport(ChainReport r) {
        dsl.insertInto(AUDIT_CHAIN_CHECK)
                .set(AUDIT_CHAIN_CHECK.CHECKED_AT, r.checkedAt())
                .set(AUDIT_CHAIN_CHECK.CHECKED_BY, r.checkedBy())
                .set(AUDIT_CHAIN_CHECK.EVENTS_CHECKED, r.eventsChecked())
                .set(AUDIT_CHAIN_CHECK.INTACT, r.intact())
                .set(AUDIT_CHAIN_CHECK.BROKEN_SEQ, r.brokenSeq())
                .set(AUDIT_CHAIN_CHECK.BROKEN_EVENT_ID, r.brokenEventId())
                .set(AUDIT_CHAIN_CHECK.PROBLEM, r.problem() == null ? null : r.problem())
                .execute();
    }

    @Override
    public java.util.Optional<ChainReport> lastReport() {
        return dsl.selectFrom(AUDIT_CHAIN_CHECK).orderBy(AUDIT_CHAIN_CHECK.ID.desc()).limit(1)
                .fetchOptional(r -> new ChainReport(r.getCheckedAt(), r.getCheckedBy(), r.getEventsChecked(),
                        r.getIntact(), r.getBrokenSeq(), r.getBrokenEventId(),
                        r.getProblem() == null ? null : r.getProblem()));
    }

    static AuditEvent toEvent(cn.kunming.kjj.carrier.jooq.tables.records.AuditEventRecord r) {
        return new AuditEvent(r.getId(), r.getOccurredAt(), r.getActor(), r.getActorRole(), r.getTenantId(),
                r.getAction(), r.getEntityType(), r.getEntityId(), r.getRuleId(), r.getDetail());
    }

    @Override
    public List<AuditEvent> older(AuditQuery query, @Nullable AuditCursor from, boolean inclusive, int limit) {
        // (t, id) < (t0, id0) spelled out, with the redundant bound on the time alone: that bound is what lets MySQL
        // and MariaDB range-scan the (occurred_at, id) index from the cursor instead of reading it from one end
        Condition seek = from == null ? DSL.noCondition()
                : AUDIT_EVENT.OCCURRED_AT.le(from.occurredAt()).and(AUDIT_EVENT.OCCURRED_AT.lt(from.occurredAt())
                .or(inclusive ? AUDIT_EVENT.ID.le(from.id()) : AUDIT_EVENT.ID.lt(from.id())));
        return seek(query, seek, limit, AUDIT_EVENT.OCCURRED_AT.desc(), AUDIT_EVENT.ID.desc());
    }

    @Override
    public List<AuditEvent> newer(AuditQuery query, @Nullable AuditCursor from, int limit) {
        Condition seek = from == null ? DSL.noCondition()
                : AUDIT_EVENT.OCCURRED_AT.ge(from.occurredAt()).and(AUDIT_EVENT.OCCURRED_AT.gt(from.occurredAt())
                .or(AUDIT_EVENT.ID.gt(from.id())));
        return seek(query, seek, limit, AUDIT_EVENT.OCCURRED_AT.asc(), AUDIT_EVENT.ID.asc());
    }

    private List<AuditEvent> seek(AuditQuery query, Condition from, int limit, SortField<?>... order) {
        return dsl.selectFrom(AUDIT_EVENT).where(conditions(query)).and(from).orderBy(order).limit(limit)
                .fetch(JooqAuditRepository::toEvent);
    }

    @Override
    public Optional<AuditCursor> cursorOf(long eventId) {
        return dsl.select(AUDIT_EVENT.OCCURRED_AT, AUDIT_EVENT.ID).from(AUDIT_EVENT).where(AUDIT_EVENT.ID.eq(eventId))
                .fetchOptional(r -> new AuditCursor(r.value1(), r.value2()));
    }

    @Override
    public int count(AuditQuery query) {
        return dsl.fetchCount(AUDIT_EVENT, conditions(query));
    }

    private static Condition conditions(AuditQuery q) {
        List<Condition> conditions = new ArrayList<>();
        String actor = q.actor();
        if (actor != null && !actor.isBlank()) {
            conditions.add(AUDIT_EVENT.ACTOR.eq(actor.strip()));
        }
        String action = q.action();
        if (action != null && !action.isBlank()) {
            conditions.add(AUDIT_EVENT.ACTION.eq(action.strip()));
        }
        String entityType = q.entityType();
        if (entityType != null && !entityType.isBlank()) {
            conditions.add(AUDIT_EVENT.ENTITY_TYPE.eq(entityType.strip()));
        }
        String entityId = q.entityId();
        if (entityId != null && !entityId.isBlank()) {
            conditions.add(AUDIT_EVENT.ENTITY_ID.eq(entityId.strip()));
        }
        if (q.from() != null) {
            conditions.add(AUDIT_EVENT.OCCURRED_AT.ge(q.from().atStartOfDay()));
        }
        if (q.to() != null) {
            conditions.add(AUDIT_EVENT.OCCURRED_AT.lt(q.to().plusDays(1).atStartOfDay()));
        }
        return DSL.and(conditions);
    }
}
