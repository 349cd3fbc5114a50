package cn.kunming.kjj.carrier.audit;

import cn.kunming.kjj.carrier.common.TenantId;
import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import org.jspecify.annotations.Nullable;

import java.time.Duration;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;

/**
 * Figures computed once and shared by every session that reads the same scope: the bureau's view of all tenants, or
 * one tenant's (as its district and the bureau narrowed to it see it). Never shared across scopes: the key is the
 * tenant the reader's own scope allows. A committed change makes the figures it touches stale at once (decision 0033):
 * every change is audited, and a change of a tenant's record moves that tenant's and the all-tenants figures to a new
 * generation, while a change no tenant owns (a call, a notice, a rule set) moves them all. The time-to-live bounds what
 * a change made on another node, or under the database, can leave stale.
 * <p>
 * Its owner hands it every {@link ChangeRecorded} after the commit only ({@code @TransactionalEventListener}): figures
 * read before the commit would otherwise be kept as new.
 *
 * @param <V> the figures, immutable: every reader of the scope gets the same instance
 */
public final class FiguresPerScope<V> {

    /**
     * The figures of a scope (null: all tenants) on a day, of one generation of the data beneath them: the count of
     * changes no tenant owns, and of changes of the scope's own records (of any record, for all tenants).
     */
    private record Key(@Nullable TenantId tenant, LocalDate day, long shared, long own) {
    }

    private final Set<AuditedEntity> notCounted;
    private final Cache<Key, V> figures;
    /** Moves on every counted change, whoever owns it: the generation of the all-tenants figures. */
    private final AtomicLong anyChange = new AtomicLong();
    /** Moves on a change no tenant owns: part of every tenant's generation. */
    private final AtomicLong sharedChange = new AtomicLong();
    private final Map<TenantId, AtomicLong> tenantChange = new ConcurrentHashMap<>();

    /**
     * @param notCounted  the kinds of record the figures count nothing of: their changes keep the figures
     * @param timeToLive  how long figures are kept at most
     */
    public FiguresPerScope(Set<AuditedEntity> notCounted, Duration timeToLive) {
        this.notCounted = notCounted.isEmpty() ? EnumSet.noneOf(AuditedEntity.class) : EnumSet.copyOf(notCounted);
        this.figures = Caffeine.newBuilder().expireAfterWrite(timeToLive).maximumSize(500).build();
    }

    /**
     * The figures of the scope, computed by {@code compute} unless a session computed them since the last change. The
     * generation is read before the figures: a change committed while they are computed leaves them under a generation
     * no one asks for again.
     */
    public V of(@Nullable TenantId tenant, LocalDate day, Supplier<V> compute) {
        long shared = sharedChange.get();
        long own = tenant == null ? anyChange.get() : changes(tenant).get();
        return figures.get(new Key(tenant, day, shared, own), k -> compute.get());
    }

    private AtomicLong changes(TenantId tenant) {
        return tenantChange.computeIfAbsent(tenant, t -> new AtomicLong());
    }

    /** A committed change: the figures it may touch are computed afresh at their next reading. */
    public void changed(ChangeRecorded change) {
        if (notCounted.contains(change.entity())) {
            return;
        }
        TenantId tenant = change.tenant();
        if (tenant == null) {
            sharedChange.incrementAndGet();
        } else {
            changes(tenant).incrementAndGet();
        }
        anyChange.incrementAndGet();
    }
}
