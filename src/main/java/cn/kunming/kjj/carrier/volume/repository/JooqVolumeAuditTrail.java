package cn.kunming.kjj.carrier.volume.repository;

import cn.kunming.kjj.carrier.audit.AuditEvent;
import cn.kunming.kjj.carrier.audit.AuditHash;
import cn.kunming.kjj.carrier.jooq.tables.records.AuditEventRecord;
import cn.kunming.kjj.carrier.volume.VolumeSpec;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Repository;

import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import static cn.kunming.kjj.carrier.jooq.Tables.AUDIT_CHAIN_HEAD;
import static cn.kunming.kjj.carrier.jooq.Tables.AUDIT_EVENT;

/**
 * The generated volume's audit history: events appended after the last link and chained as the portal chains them
 * ({@link AuditHash}), so that the chain check passes over a million events. Appends only (ArchitectureTest).
 */
@Repository
class JooqVolumeAuditTrail {

    private static final Logger log = LoggerFactory.getLogger(JooqVolumeAuditTrail.class);
    /** Actions the portal records, with the rule each names. */
    private static final String[][] AUDIT_ACTIONS = {
            {"DOSSIER_SAVED", "DOSSIER", "C2.1"}, {"DOSSIER_SUBMITTED", "DOSSIER", "P2.3"},
            {"DISTRICT_RECOMMENDED", "DOSSIER", "P4.3"}, {"SCORE_SHEET_SUBMITTED", "DOSSIER", "P4.4"},
            {"REPORT_SUBMITTED", "ANNUAL_REPORT", "M3.1"}, {"SIGN_IN", "ACCOUNT", null},
            {"CREDIT_CHECKED", "HOST_UNIT", "C2.3a"}, {"ATTACHMENT_UPLOADED", "DOSSIER", "P2.2"}};

    private final DSLContext dsl;

    JooqVolumeAuditTrail(DSLContext dsl) {
        this.dsl = dsl;
    }

    /** The events continue the chain: each chunk reads the head under its lock, writes its links and moves it. */
    void append(VolumeSpec spec, List<String> tenants, Random random, LocalDateTime from, LocalDateTime to) {
        long span = java.time.Duration.between(from, to).toSeconds();
        int written = 0;
        while (written < spec.auditEvents()) {
            int chunk = Math.min(5_000, spec.auditEvents() - written);
            int start = written;
            dsl.transaction(configuration -> {
                DSLContext tx = configuration.dsl();
                var head = tx.selectFrom(AUDIT_CHAIN_HEAD).where(AUDIT_CHAIN_HEAD.ID.eq(1)).forUpdate().fetchSingle();
                long seq = head.getLastSeq();
                String previous = head.getLastHash();
                long id = tx.select(DSL.coalesce(DSL.max(AUDIT_EVENT.ID), 0L)).from(AUDIT_EVENT).fetchSingle().value1() + 1;
                List<AuditEventRecord> rows = new ArrayList<>();
                for (int i = 0; i < chunk; i++) {
                    long n = start + i;
                    String[] action = AUDIT_ACTIONS[random.nextInt(AUDIT_ACTIONS.length)];
                    String tenant = tenants.get(random.nextInt(tenants.size()));
                    AuditEvent e = new AuditEvent(id, from.plusSeconds(span * n / spec.auditEvents()),
                            "vol." + tenant.toLowerCase() + "." + (1 + random.nextInt(Math.max(1, spec.officersPerTenant()))),
                            "DISTRICT_OFFICER", tenant, action[0], action[1], String.valueOf(1 + random.nextInt(20_000)),
                            action[2], "第 " + (n + 1) + " 条生成事件");
                    String hash = AuditHash.of(previous, ++seq, e);
                    AuditEventRecord r = tx.newRecord(AUDIT_EVENT);
                    r.setId(e.id());
                    r.setOccurredAt(e.occurredAt());
                    r.setActor(e.actor());
                    r.setActorRole(e.actorRole());
                    r.setTenantId(e.tenantId());
                    r.setAction(e.action());
                    r.setEntityType(e.entityType());
                    r.setEntityId(e.entityId());
                    r.setRuleId(e.ruleId());
                    r.setDetail(e.detail());
                    r.setChainSeq(seq);
                    r.setPrevHash(previous);
                    r.setHash(hash);
                    rows.add(r);
                    previous = hash;
                    id++;
                }
                JooqBulkInsert.all(tx, rows);
                tx.update(AUDIT_CHAIN_HEAD).set(AUDIT_CHAIN_HEAD.LAST_SEQ, seq).set(AUDIT_CHAIN_HEAD.LAST_HASH, previous)
                        .where(AUDIT_CHAIN_HEAD.ID.eq(1)).execute();
            });
            written += chunk;
            if (written % 100_000 == 0 || written == spec.auditEvents()) {
                log.info("volume: {} of {} audit events", written, spec.auditEvents());
            }
        }
    }

    /** Ids were given, not drawn: H2's identity column must be moved past them (MariaDB moves its own). */
    void restartIdentity() {
        if (dsl.dialect().family() == org.jooq.SQLDialect.H2) {
            long next = dsl.select(DSL.coalesce(DSL.max(AUDIT_EVENT.ID), 0L)).from(AUDIT_EVENT).fetchSingle().value1() + 1;
            dsl.execute("ALTER TABLE audit_event ALTER COLUMN id RESTART WITH " + next);
        }
    }
}
