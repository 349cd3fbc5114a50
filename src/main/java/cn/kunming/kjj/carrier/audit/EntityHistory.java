package cn.kunming.kjj.carrier.audit;

import cn.kunming.kjj.carrier.audit.repository.AuditRepository;
import org.springframework.stereotype.Component;

import java.util.Comparator;
import java.util.List;

/**
 * The audit trail of one record, oldest first, for the features that show a record's history to the people who may
 * read the record (issue 25, part 7: a dossier's history). Unlike the auditor's log it checks no role: its callers
 * have found the record in the reader's scope first, and decide what of each event the reader sees.
 */
@Component
public class EntityHistory {

    /** More events than any one record collects in its life; beyond it the oldest are shown. */
    static final int LIMIT = 1000;

    private final AuditRepository repository;

    EntityHistory(AuditRepository repository) {
        this.repository = repository;
    }

    public List<AuditEvent> of(AuditedEntity type, Object id) {
        return repository.older(new AuditQuery(null, null, type.name(), String.valueOf(id)), null, false, LIMIT).stream()
                .sorted(Comparator.comparingLong(AuditEvent::id)).toList();
    }
}
