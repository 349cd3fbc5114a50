package cn.kunming.kjj.carrier.support;

import cn.kunming.kjj.carrier.audit.AuditAction;
import cn.kunming.kjj.carrier.audit.AuditEntry;
import cn.kunming.kjj.carrier.audit.AuditLog;
import cn.kunming.kjj.carrier.audit.AuditedEntity;
import org.springframework.boot.test.context.TestComponent;
import org.springframework.transaction.support.TransactionTemplate;

import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;

/**
 * Audit events of one actor written at a time the test chooses (the clock stays there until the test resets it), so
 * that the actor's events are a log of their own under the actor filter, many of them in the same millisecond.
 */
@TestComponent
public class AuditTrail {

    private final AuditLog audit;
    private final TransactionTemplate tx;
    private final MovableClock clock;

    AuditTrail(AuditLog audit, TransactionTemplate tx, MovableClock clock) {
        this.audit = audit;
        this.tx = tx;
        this.clock = clock;
    }

    /** {@code count} events, one transaction each, with this detail; their numbers in the order written. */
    public List<Long> events(String actor, LocalDateTime at, int count, String detail) {
        clock.set(at.atZone(ZoneId.of("Asia/Shanghai")).toInstant());
        List<Long> ids = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            ids.add(tx.execute(s -> audit.recordAs(actor, "DISTRICT_OFFICER",
                    AuditEntry.of(AuditAction.DOSSIER_SUBMITTED, AuditedEntity.DOSSIER, "42").detail(detail))));
        }
        return ids;
    }

    public List<Long> events(String actor, LocalDateTime at, int count) {
        return events(actor, at, count, "提交");
    }
}
