package cn.kunming.kjj.carrier.dashboard;

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
 * The dashboards' figures, computed once per scope and shared by its sessions until a committed change touches them
 * (decision 0033, {@link FiguresPerScope}).
 */
@Component
class DashboardFigures {

    /** Records the dashboards count nothing of; their changes keep the figures. */
    private static final Set<AuditedEntity> NOT_COUNTED = EnumSet.of(AuditedEntity.ACCOUNT, AuditedEntity.AUDIT_EVENT,
            AuditedEntity.CREDIT_LIST_IMPORT, AuditedEntity.DOCUMENT_TEMPLATE, AuditedEntity.EXPERT,
            AuditedEntity.EXPERT_NOMINATION, AuditedEntity.IDENTITY, AuditedEntity.REGISTRATION_IMPORT,
            AuditedEntity.SCORE_CRITERIA);

    private final FiguresPerScope<Overview> figures;

    DashboardFigures(@Value("${portal.dashboard.figures-for:PT60S}") Duration timeToLive) {
        this.figures = new FiguresPerScope<>(NOT_COUNTED, timeToLive);
    }

    /** The figures of the scope (null: all tenants), computed by {@code compute} unless shared since the last change. */
    Overview of(@Nullable TenantId tenant, LocalDate day, Supplier<Overview> compute) {
        return figures.of(tenant, day, compute);
    }

    @TransactionalEventListener(fallbackExecution = true)
    void changed(ChangeRecorded change) {
        figures.changed(change);
    }
}
