package cn.kunming.kjj.carrier.audit.repository;

import cn.kunming.kjj.carrier.audit.AuditEvent;
import cn.kunming.kjj.carrier.audit.AuditHash;
import org.jooq.DSLContext;
import org.springframework.stereotype.Repository;

import java.util.List;

import static cn.kunming.kjj.carrier.jooq.Tables.AUDIT_CHAIN_HEAD;
import static cn.kunming.kjj.carrier.jooq.Tables.AUDIT_EVENT;

@Repository
class JooqAuditChainWriter implements AuditChainWriter {

    private final DSLContext dsl;

    JooqAuditChainWriter(DSLContext dsl) {
        this.dsl = dsl;
    }

    @Override
    public void chain(List<Long> eventIds) {
        var head = dsl.selectFrom(AUDIT_CHAIN_HEAD).where(AUDIT_CHAIN_HEAD.ID.eq(1)).forUpdate().fetchSingle();
        long seq = head.getLastSeq();
        String previous = head.getLastHash();
        for (long id : eventIds.stream().sorted().toList()) {
            AuditEvent e = dsl.selectFrom(AUDIT_EVENT).where(AUDIT_EVENT.ID.eq(id))
                    .fetchSingle(JooqAuditRepository::toEvent);
            String hash = AuditHash.of(previous, ++seq, e);
            int updated = dsl.update(AUDIT_EVENT).set(AUDIT_EVENT.CHAIN_SEQ, seq).set(AUDIT_EVENT.PREV_HASH, previous)
                    .set(AUDIT_EVENT.HASH, hash).where(AUDIT_EVENT.ID.eq(id)).and(AUDIT_EVENT.HASH.isNull()).execute();
            if (updated != 1) {
                throw new IllegalStateException("audit event " + id + " is already chained");
            }
            previous = hash;
        }
        dsl.update(AUDIT_CHAIN_HEAD).set(AUDIT_CHAIN_HEAD.LAST_SEQ, seq).set(AUDIT_CHAIN_HEAD.LAST_HASH, previous)
                .where(AUDIT_CHAIN_HEAD.ID.eq(1)).execute();
    }
}
