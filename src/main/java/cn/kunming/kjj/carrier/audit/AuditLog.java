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

import cn.kunming.kjj.carrier.common.CsvWriter;
import cn.kunming.kjj.carrier.common.Messages;
import cn.kunming.kjj.carrier.common.XlsxTable;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.Collections;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

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
    private final ApplicationEventPublisher events;
    private final int rowsPerSheet;
    private final int readRows;

    /**
     * {@code rowsPerSheet}: rows of an exported sheet before the next begins (Excel's limit); {@code readRows}: events
     * an export reads with each statement. Both smaller in tests, to see the seams.
     */
    AuditLog(AuditRepository repository, AuditChainWriter chainWriter, ActingUser actingUser, Clock clock,
             ApplicationEventPublisher events,
             @Value("${portal.audit.export.rows-per-sheet:" + XlsxTable.MAX_ROWS_PER_SHEET + "}") int rowsPerSheet,
             @Value("${portal.audit.export.read-rows:5000}") int readRows) {
        this.events = events;
        this.rowsPerSheet = rowsPerSheet;
        this.readRows = Math.max(1, readRows);
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
        events.publishEvent(new ChangeRecorded(entry.action(), entry.entityType(), entry.tenant()));
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

    /**
     * A page of the (filtered) log, newest first, found by seeking from the page's edge rather than by skipping
     * rows, so that it costs the same at any depth (decision 0033). One or two statements, so no transaction of its
     * own (that cost more than the page on MariaDB).
     */
    @PreAuthorize(Access.AUDITOR)
    @Transactional(propagation = Propagation.SUPPORTS, readOnly = true)
    public AuditPage page(AuditQuery query, AuditPosition position, int size) {
        return new AuditPaging(repository, query, Math.clamp(size, 1, MAX_PAGE)).at(position);
    }

    @PreAuthorize(Access.AUDITOR)
    @Transactional(propagation = Propagation.SUPPORTS, readOnly = true)
    public int count(AuditQuery query) {
        return repository.count(query);
    }

    /**
     * The filtered log as .xlsx, streamed into {@code out} as it is read: a new sheet whenever one holds
     * {@code portal.audit.export.rows-per-sheet} rows (Excel's limit by default). The export itself is recorded.
     */
    @PreAuthorize(Access.AUDITOR)
    @Transactional
    public void exportXlsx(AuditQuery query, OutputStream out) {
        recordExport(query, "xlsx");
        XlsxTable.stream("审计日志", EXPORT_HEADERS, export(query, AuditLog::cells), rowsPerSheet, out);
    }

    /**
     * The filtered log as CSV (UTF-8 with a byte-order mark, for Excel and WPS), streamed into {@code out} as it is
     * read; a text that a spreadsheet would run as a formula is written inert ({@link CsvWriter}). Recorded.
     */
    @PreAuthorize(Access.AUDITOR)
    @Transactional
    public void exportCsv(AuditQuery query, OutputStream out) {
        recordExport(query, "csv");
        try {
            Writer text = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8));
            text.write('\uFEFF');
            CsvWriter csv = new CsvWriter(text);
            csv.row(EXPORT_HEADERS.toArray());
            for (List<?> row : export(query, e -> csvCells(cells(e)))) {
                csv.row(row.toArray());
            }
            csv.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void recordExport(AuditQuery query, String format) {
        record(AuditEntry.of(AuditAction.AUDIT_EXPORTED, AuditedEntity.AUDIT_EVENT, "*")
                .detail(repository.count(query) + " events as " + format + ", filter " + query));
    }

    /** The log read page by page from newest to oldest, each page one seek from the last row of the one before. */
    private Iterable<List<?>> export(AuditQuery query, Function<AuditEvent, List<?>> toCells) {
        return () -> new Iterator<>() {
            private @Nullable AuditCursor last;
            private boolean exhausted;
            private Iterator<AuditEvent> page = Collections.emptyIterator();

            @Override
            public boolean hasNext() {
                if (!page.hasNext() && !exhausted) {
                    List<AuditEvent> rows = repository.older(query, last, false, readRows);
                    exhausted = rows.size() < readRows;
                    if (!rows.isEmpty()) {
                        last = AuditCursor.of(rows.getLast());
                    }
                    page = rows.iterator();
                }
                return page.hasNext();
            }

            @Override
            public List<?> next() {
                return toCells.apply(page.next());
            }
        };
    }

    private static final List<String> EXPORT_HEADERS = List.of("编号", "时间", "操作人", "角色", "操作", "对象类型", "对象",
            "属地", "规则", "详情");
    private static final int MAX_PAGE = 500;
    private static final DateTimeFormatter CSV_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

    private static List<?> cells(AuditEvent e) {
        return Arrays.asList(e.id(), e.occurredAt(), e.actor(), e.actorRole(),
                named(e.action(), AuditAction.class, "audit.action."),
                named(e.entityType(), AuditedEntity.class, "audit.entity."),
                e.entityId(), e.tenantId(), e.ruleId(), e.detail());
    }

    /** A CSV has no date cells: the time as text, to the second. */
    private static List<?> csvCells(List<?> cells) {
        return cells.stream().map(c -> c instanceof LocalDateTime t ? CSV_TIME.format(t) : c).toList();
    }

    /** A stored code in Chinese with the code beside it, for the auditor who searches by either; an unknown code as is. */
    private static String named(String code, Class<? extends Enum<?>> names, String keyPrefix) {
        boolean known = Arrays.stream(names.getEnumConstants()).anyMatch(n -> n.name().equals(code));
        return known ? Messages.chinese(keyPrefix + code) + "（" + code + "）" : code;
    }
}
