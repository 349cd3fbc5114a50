package cn.kunming.kjj.carrier.annualreport;

import cn.kunming.kjj.carrier.audit.AuditedEntity;
import cn.kunming.kjj.carrier.audit.ChangeRecorded;
import cn.kunming.kjj.carrier.audit.FiguresPerScope;
import cn.kunming.kjj.carrier.common.TenantId;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;

import java.time.Duration;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Set;
import java.util.function.Supplier;

/**
 * The count of overdue report years that every officer's navigation shows in the menu (M5.3(1)), shared per scope
 * until a committed change could move it (issue 27, decision 0042). It grows with carriers × years: at 10× volume the
 * bureau's took 178 ms on every navigation. A change of any record that could put a carrier on or off the list, or
 * submit or return a report, makes it stale, as do the rules and calendar (the deadlines); a new day is a new key.
 */
@Component
class OverdueReportCounts {

    /** Records whose changes leave every carrier's reporting years and reports as they were. */
    private static final Set<AuditedEntity> NOT_COUNTED = EnumSet.of(AuditedEntity.ACCOUNT, AuditedEntity.AUDIT_EVENT,
            AuditedEntity.CALL, AuditedEntity.CREDIT_LIST_IMPORT, AuditedEntity.DOCUMENT_TEMPLATE, AuditedEntity.EXPERT,
            AuditedEntity.EXPERT_NOMINATION, AuditedEntity.IDENTITY, AuditedEntity.REGISTRATION_IMPORT,
            AuditedEntity.SCORE_CRITERIA);

    private final FiguresPerScope<Long> counts;

    OverdueReportCounts(@Value("${portal.dashboard.figures-for:PT60S}") Duration timeToLive) {
        this.counts = new FiguresPerScope<>(NOT_COUNTED, timeToLive);
    }

    /** The scope's count (null: all tenants) on the day, computed by {@code compute} unless shared since the last change. */
    long of(@Nullable TenantId tenant, LocalDate day, Supplier<Long> compute) {
        return counts.of(tenant, day, compute);
    }

    @TransactionalEventListener(fallbackExecution = true)
    void changed(ChangeRecorded change) {
        counts.changed(change);
    }
}
