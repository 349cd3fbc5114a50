package cn.kunming.kjj.carrier.expertreview;

import cn.kunming.kjj.carrier.audit.AuditAction;
import cn.kunming.kjj.carrier.audit.AuditEntry;
import cn.kunming.kjj.carrier.audit.AuditLog;
import cn.kunming.kjj.carrier.audit.AuditedEntity;
import cn.kunming.kjj.carrier.common.CarrierKind;
import cn.kunming.kjj.carrier.common.PortalException;
import cn.kunming.kjj.carrier.expertreview.repository.AssignmentRepository;
import cn.kunming.kjj.carrier.security.Access;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The criteria of the score sheet, one list per kind of carrier, used by every review of that kind. They stay as they
 * are while a subject of the kind is being scored, so that one subject's sheets are scored alike.
 */
@Service
public class ScoreCriteriaService {

    private final AssignmentRepository assignments;
    private final SubjectSources subjects;
    private final AuditLog audit;

    ScoreCriteriaService(AssignmentRepository assignments, SubjectSources subjects, AuditLog audit) {
        this.assignments = assignments;
        this.subjects = subjects;
        this.audit = audit;
    }

    @PreAuthorize(Access.BUREAU_OR_EXPERT)
    @Transactional(readOnly = true)
    public List<Criterion> criteria(CarrierKind kind) {
        return assignments.criteria(kind);
    }

    /** The columns' sizes (V10): a code of 32 characters, names of 100. */
    public static final int CODE_LENGTH = 32;
    public static final int NAME_LENGTH = 100;

    /** Replaces the criteria of a kind; weights must add up to 100, and nothing of the kind may be in review. */
    @PreAuthorize(Access.BUREAU)
    @Transactional
    public void replaceCriteria(CarrierKind kind, List<Criterion> criteria) {
        if (criteria.isEmpty() || criteria.stream().anyMatch(c -> c.code().isBlank() || c.nameZh().isBlank()
                || c.weight() <= 0)) {
            throw new PortalException("criteria.incomplete");
        }
        if (criteria.stream().anyMatch(c -> c.code().length() > CODE_LENGTH || c.nameZh().length() > NAME_LENGTH
                || c.nameEn().length() > NAME_LENGTH || c.weight() > 100)) {
            throw new PortalException("criteria.tooLong", CODE_LENGTH, NAME_LENGTH);
        }
        if (criteria.stream().map(Criterion::code).distinct().count() != criteria.size()) {
            throw new PortalException("criteria.duplicateCode");
        }
        int total = criteria.stream().mapToInt(Criterion::weight).sum();
        if (total != 100) {
            throw new PortalException("criteria.weightsNot100", total);
        }
        if (assignments.openOfKind(kind) || subjects.reviewInProgress(kind)) {
            throw new PortalException("criteria.reviewInProgress");
        }
        assignments.replaceCriteria(kind, criteria);
        audit.record(AuditEntry.of(AuditAction.SCORE_CRITERIA_CHANGED, AuditedEntity.SCORE_CRITERIA, kind.name())
                .rule("P4.4").detail(criteria.stream().map(c -> c.code() + "=" + c.weight())
                        .collect(Collectors.joining(","))));
    }

    /** Replaces the criteria of several kinds at once: all or none. */
    @PreAuthorize(Access.BUREAU)
    @Transactional
    public void replaceCriteria(Map<CarrierKind, List<Criterion>> byKind) {
        byKind.forEach((kind, criteria) -> {
            if (!criteria.equals(assignments.criteria(kind))) {
                replaceCriteria(kind, criteria);
            }
        });
    }
}
