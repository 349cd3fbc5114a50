package cn.kunming.kjj.carrier.audit;

import org.jspecify.annotations.Nullable;

import cn.kunming.kjj.carrier.audit.repository.AuditChainWriter;
import cn.kunming.kjj.carrier.audit.repository.AuditRepository;
import cn.kunming.kjj.carrier.security.Access;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

import java.time.Clock;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;

/**
 * The audit trail. Writing requires the caller's transaction, so that an event exists exactly when the
 * change it describes was committed. Only the auditor reads it (三员分立).
 */
@Service
public class AuditLog {

    /** Actor recorded for changes made by the system itself (start-up seeding, scheduled jobs). */
    public static final String SYSTEM_ACTOR = "system";

    private static final Object CHAIN_KEY = AuditLog.class.getName() + ".chain";

    private final AuditRepository repository;
    private final AuditChainWriter chainWriter;
    private final ActingUser actingUser;
    private final Clock clock;

    AuditLog(AuditRepository repository, AuditChainWriter chainWriter, ActingUser actingUser, Clock clock) {
        this.chainWriter = chainWriter;
        this.repository = repository;
        this.actingUser = actingUser;
        this.clock = clock;
    }

    @Transactional(propagation = Propagation.MANDATORY)
    public long record(AuditEntry entry) {
        Optional<ActingUser.Actor> user = actingUser.current();
        return recordAs(user.map(ActingUser.Actor::username).orElse(SYSTEM_ACTOR),
                user.map(ActingUser.Actor::role).orElse(null), entry);
    }

    /** For events that happen before anyone is authenticated, such as a failed login. */
    @Transactional(propagation = Propagation.MANDATORY)
    public long recordAs(String actor, @Nullable String actorRole, AuditEntry entry) {
        long id = repository.append(new AuditEvent(0, LocalDateTime.now(clock), actor, actorRole,
                entry.tenant() == null ? null : entry.tenant().value(), entry.action().name(), entry.entityType().name(),
                entry.entityId(), entry.ruleId(), entry.detail()));
        toChainAtCommit().add(id);
        return id;
    }

    /**
     * The events of the current transaction, joined to the hash chain just before it commits: the chain's head is
     * locked only from then to the commit, so concurrent transactions wait for each other only that long.
     */
    @SuppressWarnings("unchecked")
    private List<Long> toChainAtCommit() {
        List<Long> ids = (List<Long>) TransactionSynchronizationManager.getResource(CHAIN_KEY);
        if (ids == null) {
            List<Long> pending = new java.util.ArrayList<>();
            TransactionSynchronizationManager.bindResource(CHAIN_KEY, pending);
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void beforeCommit(boolean readOnly) {
                    chainWriter.chain(pending);
                }

                @Override
                public void afterCompletion(int status) {
                    TransactionSynchronizationManager.unbindResourceIfPossible(CHAIN_KEY);
                }
            });
            ids = pending;
        }
        return ids;
    }

    /** One statement per page or count, so no transaction of its own (it cost more than the page on MariaDB). */
    @PreAuthorize(Access.AUDITOR)
    @Transactional(propagation = Propagation.SUPPORTS, readOnly = true)
    public List<AuditEvent> find(AuditQuery query, int offset, int limit) {
        return repository.find(query, offset, limit);
    }

    @PreAuthorize(Access.AUDITOR)
    @Transactional(propagation = Propagation.SUPPORTS, readOnly = true)
    public int count(AuditQuery query) {
        return repository.count(query);
    }

    /**
     * The filtered log as .xlsx, read page by page so that a long log streams into the sheet; the export itself
     * is recorded.
     */
    @PreAuthorize(Access.AUDITOR)
    @Transactional
    public byte[] export(AuditQuery query) {
        int total = repository.count(query);
        record(AuditEntry.of(AuditAction.AUDIT_EXPORTED, AuditedEntity.AUDIT_EVENT, "*").detail(total + " events, filter " + query));
        Iterable<java.util.List<?>> rows = () -> new java.util.Iterator<>() {
            private int offset;
            private java.util.Iterator<AuditEvent> page = java.util.Collections.emptyIterator();

            @Override
            public boolean hasNext() {
                if (!page.hasNext() && offset < total) {
                    page = repository.find(query, offset, EXPORT_PAGE).iterator();
                    offset += EXPORT_PAGE;
                }
                return page.hasNext();
            }

            @Override
            public java.util.List<?> next() {
                AuditEvent e = page.next();
                return java.util.Arrays.asList(e.occurredAt(), e.actor(), e.actorRole(),
                        named(e.action(), AuditAction.class, "audit.action."),
                        named(e.entityType(), AuditedEntity.class, "audit.entity."),
                        e.entityId(), e.tenantId(), e.ruleId(), e.detail());
            }
        };
        return cn.kunming.kjj.carrier.common.XlsxTable.write("审计日志", java.util.List.of("时间", "操作人", "角色", "操作",
                "对象类型", "对象", "属地", "规则", "详情"), rows);
    }

    private static final int EXPORT_PAGE = 5000;

    /** A stored code in Chinese with the code beside it, for the auditor who searches by either; an unknown code as is. */
    private static String named(String code, Class<? extends Enum<?>> names, String keyPrefix) {
        boolean known = java.util.Arrays.stream(names.getEnumConstants()).anyMatch(n -> n.name().equals(code));
        return known ? cn.kunming.kjj.carrier.common.Messages.chinese(keyPrefix + code) + "（" + code + "）" : code;
    }
}
