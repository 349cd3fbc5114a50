package cn.kunming.kjj.carrier.audit;

import cn.kunming.kjj.carrier.common.AccountId;
import cn.kunming.kjj.carrier.audit.ChainReport.Problem;
import cn.kunming.kjj.carrier.security.AccountStatus;
import cn.kunming.kjj.carrier.security.Role;
import cn.kunming.kjj.carrier.support.As;
import cn.kunming.kjj.carrier.support.Fixtures;
import cn.kunming.kjj.carrier.support.PortalSpringTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static org.assertj.core.api.Assertions.assertThat;

/** The audit log as a hash chain, against the committed database (no test transaction here). */
@PortalSpringTest
class AuditChainTest {

    @Autowired
    AuditLog audit;
    @Autowired
    AuditChain chain;
    @Autowired
    AuditChainJob job;
    @Autowired
    TransactionTemplate tx;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    Fixtures fixtures;

    @AfterEach
    void signOut() {
        As.signOut();
    }

    private long recordCommitted(String detail) {
        return tx.execute(s -> audit.recordAs("tester", null, AuditEntry.of(AuditAction.TENANT_UPDATED, AuditedEntity.TENANT, "1").detail(detail)));
    }

    private ChainReport verify() {
        As.role(Role.AUDITOR, null);
        return chain.verify();
    }

    private long seqOf(long eventId) {
        return jdbc.queryForObject("select chain_seq from audit_event where id = ?", Long.class, eventId);
    }

    @Test
    void committedEventsAreChainedInOrderAndTheChainVerifies() {
        long first = recordCommitted("一");
        long second = recordCommitted("二");
        assertThat(seqOf(second)).isEqualTo(seqOf(first) + 1);
        assertThat(jdbc.queryForObject("select prev_hash from audit_event where id = ?", String.class, second))
                .isEqualTo(jdbc.queryForObject("select hash from audit_event where id = ?", String.class, first));
        ChainReport report = verify();
        assertThat(report.intact()).isTrue();
        assertThat(report.eventsChecked()).isGreaterThanOrEqualTo(2);
    }

    @Test
    void aRolledBackTransactionLeavesNoLinkAndNoGap() {
        long before = recordCommitted("之前");
        try {
            tx.executeWithoutResult(s -> {
                audit.recordAs("tester", null, AuditEntry.of(AuditAction.TENANT_UPDATED, AuditedEntity.TENANT, "2").detail("回滚"));
                throw new IllegalStateException("rolled back");
            });
        } catch (IllegalStateException expected) {
            // the change and its event are gone together
        }
        long after = recordCommitted("之后");
        assertThat(seqOf(after)).isEqualTo(seqOf(before) + 1);
        assertThat(verify().intact()).isTrue();
    }

    @Test
    void anEventChangedInTheDatabaseIsTheFirstBrokenLink() {
        long id = recordCommitted("原始内容");
        recordCommitted("其后");
        jdbc.update("update audit_event set detail = ? where id = ?", "篡改后的内容", id);
        try {
            ChainReport report = verify();
            assertThat(report.intact()).isFalse();
            assertThat(report.problem()).isEqualTo(Problem.HASH_MISMATCH);
            assertThat(report.brokenEventId()).isEqualTo(id);
            assertThat(report.brokenSeq()).isEqualTo(seqOf(id));
        } finally {
            jdbc.update("update audit_event set detail = ? where id = ?", "原始内容", id);
        }
        assertThat(verify().intact()).isTrue();
    }

    @Test
    void aDeletedEventIsFoundAsAMissingLinkAndADeletedTailAsTruncation() {
        long middle = recordCommitted("中间");
        long last = recordCommitted("最后");
        Map<String, Object> middleRow = jdbc.queryForMap("select * from audit_event where id = ?", middle);
        Map<String, Object> lastRow = jdbc.queryForMap("select * from audit_event where id = ?", last);
        jdbc.update("delete from audit_event where id = ?", middle);
        try {
            ChainReport report = verify();
            assertThat(report.problem()).isEqualTo(Problem.MISSING_LINK);
            assertThat(report.brokenSeq()).isEqualTo(((Number) middleRow.get("chain_seq")).longValue());
        } finally {
            restore(middleRow);
        }
        long tailFrom = ((Number) lastRow.get("chain_seq")).longValue();
        List<Map<String, Object>> tail = jdbc.queryForList(
                "select * from audit_event where chain_seq >= ? order by chain_seq", tailFrom);
        jdbc.update("delete from audit_event where chain_seq >= ?", tailFrom);
        try {
            assertThat(verify().problem()).isEqualTo(Problem.TRUNCATED);
        } finally {
            tail.forEach(this::restore);
        }
        assertThat(verify().intact()).isTrue();
    }

    private void restore(Map<String, Object> row) {
        jdbc.update("insert into audit_event (id, occurred_at, actor, actor_role, tenant_id, action, entity_type,"
                        + " entity_id, rule_id, detail, chain_seq, prev_hash, hash) values (?,?,?,?,?,?,?,?,?,?,?,?,?)",
                row.get("id"), row.get("occurred_at"), row.get("actor"), row.get("actor_role"), row.get("tenant_id"),
                row.get("action"), row.get("entity_type"), row.get("entity_id"), row.get("rule_id"), row.get("detail"),
                row.get("chain_seq"), row.get("prev_hash"), row.get("hash"));
    }

    @Test
    void concurrentTransactionsGetOneLinkEachAndTheChainStaysIntact() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(8);
        List<Future<Long>> ids = new ArrayList<>();
        for (int i = 0; i < 200; i++) {
            int n = i;
            ids.add(pool.submit(() -> recordCommitted("并发 " + n)));
        }
        List<Long> seqs = new ArrayList<>();
        for (Future<Long> f : ids) {
            seqs.add(seqOf(f.get()));
        }
        pool.shutdown();
        assertThat(seqs).doesNotHaveDuplicates().doesNotContainNull();
        assertThat(verify().intact()).isTrue();
    }

    @Test
    void theNightlyJobTellsTheAuditorsWhenTheChainIsBroken() {
        AccountId auditor = fixtures.account(Role.AUDITOR, null, null, AccountStatus.ACTIVE);
        long id = recordCommitted("夜间校验");
        jdbc.update("update audit_event set actor = ? where id = ?", "someone-else", id);
        try {
            ChainReport report = job.verify();
            assertThat(report.problem()).isEqualTo(Problem.HASH_MISMATCH);
            assertThat(jdbc.queryForObject("select count(*) from notification where account_id = ? and kind = ?",
                    Integer.class, auditor, "AUDIT_CHAIN_BROKEN")).isEqualTo(1);
        } finally {
            jdbc.update("update audit_event set actor = ? where id = ?", "tester", id);
        }
        assertThat(job.verify().intact()).isTrue();
    }
}
