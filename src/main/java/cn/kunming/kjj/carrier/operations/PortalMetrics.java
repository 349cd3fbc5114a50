package cn.kunming.kjj.carrier.operations;

import cn.kunming.kjj.carrier.credit.OnlineCreditService;
import cn.kunming.kjj.carrier.dossier.DossierStatus;
import cn.kunming.kjj.carrier.notification.NotificationKind;
import cn.kunming.kjj.carrier.notification.NotificationRequested;
import cn.kunming.kjj.carrier.security.AccountLocked;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.MeterBinder;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AbstractAuthenticationFailureEvent;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.List;
import java.util.function.ToDoubleFunction;

/**
 * The portal's business metrics beside the JVM's, all named {@code portal_…} on /actuator/prometheus (what each
 * means and when to worry: docs/operations.md). Gauges read one snapshot of counts from the database, kept for
 * {@code portal.metrics.cache-for} (30 s) so that scrapes of several Prometheus servers cost one set of queries;
 * counters count events on this node since it started (sum them over the nodes).
 */
@Component
class PortalMetrics implements MeterBinder {

    private static final Logger log = LoggerFactory.getLogger(PortalMetrics.class);
    /** The states of resilience4j's circuit breaker, each a series that is 1 in the current state. */
    private static final List<String> CIRCUIT_STATES =
            List.of("CLOSED", "OPEN", "HALF_OPEN", "FORCED_OPEN", "DISABLED", "METRICS_ONLY");

    private final OperationalCounts.Source source;
    private final OnlineCreditService credit;
    private final Clock clock;
    private final Duration cacheFor;
    private @Nullable OperationalCounts snapshot;
    private long snapshotAt;
    private @Nullable MeterRegistry registry;

    PortalMetrics(OperationalCounts.Source source, OnlineCreditService credit, Clock clock,
                  @Value("${portal.metrics.cache-for:PT30S}") Duration cacheFor) {
        this.source = source;
        this.credit = credit;
        this.clock = clock;
        this.cacheFor = cacheFor;
    }

    @Override
    public void bindTo(MeterRegistry registry) {
        this.registry = registry;
        for (DossierStatus status : DossierStatus.values()) {
            gauge(registry, "portal_dossiers", "Dossiers in each status (all tenants)",
                    c -> c.dossiersByStatus().getOrDefault(status, 0L), "status", status.name());
        }
        gauge(registry, "portal_dossier_submissions_today",
                "Dossier versions submitted since midnight (Asia/Shanghai), all nodes", c -> c.submissionsToday());
        gauge(registry, "portal_mail_outbox_backlog", "E-mails waiting to be sent (queued or to be retried)",
                c -> c.mailBacklog());
        gauge(registry, "portal_mail_outbox_retrying", "E-mails whose last attempt failed and that will be retried",
                c -> c.mailRetrying());
        gauge(registry, "portal_mail_outbox_given_up", "E-mails that failed every attempt and will not be retried",
                c -> c.mailGivenUp());
        gauge(registry, "portal_mail_outbox_oldest_pending_age_seconds",
                "Age of the oldest e-mail still waiting to be sent (0 when none waits)",
                c -> c.oldestPendingMailAgeSeconds());
        gauge(registry, "portal_accounts_locked", "Local accounts locked now after failed sign-ins",
                c -> c.lockedAccounts());
        for (String state : CIRCUIT_STATES) {
            Gauge.builder("portal_credit_circuit_state", credit, c -> c.circuitState().equals(state) ? 1 : 0)
                    .description("The online credit service's circuit breaker: 1 for its current state")
                    .tag("state", state).register(registry);
        }
        Gauge.builder("portal_credit_online_configured", credit, c -> c.configured() ? 1 : 0)
                .description("Whether an online credit service is configured (1) or only imported lists are used (0)")
                .register(registry);
        Counter.builder("portal_dossier_submissions_total").description("Dossier submissions on this node")
                .register(registry);
        Counter.builder("portal_login_lockouts_total").description("Accounts locked after failed sign-ins on this node")
                .register(registry);
        Counter.builder("portal_login_failures_total").description("Failed sign-ins on this node, by reason")
                .tag("reason", "BadCredentialsException").register(registry);
    }

    private void gauge(MeterRegistry registry, String name, String description, ToDoubleFunction<OperationalCounts> value,
                       String... tags) {
        Gauge.builder(name, this, m -> {
                    OperationalCounts counts = m.counts();
                    return counts == null ? Double.NaN : value.applyAsDouble(counts);
                })
                .description(description).tags(tags).register(registry);
    }

    /** The snapshot, read again when it is older than the cache time; the last one when the database does not answer. */
    synchronized @Nullable OperationalCounts counts() {
        long now = System.nanoTime();
        OperationalCounts current = snapshot;
        if (current == null || now - snapshotAt >= cacheFor.toNanos()) {
            try {
                current = source.read(LocalDateTime.now(clock));
                snapshot = current;
                snapshotAt = now;
            } catch (RuntimeException e) {
                log.warn("business metrics: counts not read ({})", e.toString());
            }
        }
        return current;
    }

    /** A dossier was submitted (the district's notification is requested in the same transaction): counted at commit. */
    @TransactionalEventListener(fallbackExecution = true)
    void on(NotificationRequested event) {
        MeterRegistry meters = registry;
        if (meters != null && event.kind() == NotificationKind.DOSSIER_SUBMITTED) {
            meters.counter("portal_dossier_submissions_total").increment();
        }
    }

    @TransactionalEventListener(fallbackExecution = true)
    void on(AccountLocked event) {
        MeterRegistry meters = registry;
        if (meters != null) {
            meters.counter("portal_login_lockouts_total").increment();
        }
    }

    /** Spring Security's event for every failed authentication (a wrong, unknown or locked account answer alike). */
    @EventListener
    void on(AbstractAuthenticationFailureEvent event) {
        MeterRegistry meters = registry;
        if (meters != null) {
            meters.counter("portal_login_failures_total", "reason", event.getException().getClass().getSimpleName())
                    .increment();
        }
    }
}
