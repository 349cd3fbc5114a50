package cn.kunming.kjj.carrier.review;

import cn.kunming.kjj.carrier.common.DossierId;
import cn.kunming.kjj.carrier.audit.AuditAction;
import cn.kunming.kjj.carrier.audit.AuditEntry;
import cn.kunming.kjj.carrier.audit.AuditLog;
import cn.kunming.kjj.carrier.audit.AuditedEntity;
import cn.kunming.kjj.carrier.dossier.DossierStatus;
import cn.kunming.kjj.carrier.dossier.Dossiers;
import cn.kunming.kjj.carrier.expertreview.Assignment;
import cn.kunming.kjj.carrier.expertreview.AssignmentStatus;
import cn.kunming.kjj.carrier.expertreview.Assignments;
import cn.kunming.kjj.carrier.expertreview.ReviewSettings;
import cn.kunming.kjj.carrier.expertreview.ReviewSubject;
import cn.kunming.kjj.carrier.expertreview.ScoreSheetSubmitted;
import cn.kunming.kjj.carrier.expertreview.SubjectType;
import cn.kunming.kjj.carrier.security.TenantScope;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import java.util.List;

/**
 * A dossier's expert review is complete (REVIEWED, P4.4) when enough experts submitted and none is still assigned or
 * scoring. Heard in the transaction of the sheet that may be the last.
 */
@Component
class ReviewCompletion {

    private final Assignments assignments;
    private final Dossiers dossiers;
    private final ReviewSettings settings;
    private final AuditLog audit;

    ReviewCompletion(Assignments assignments, Dossiers dossiers, ReviewSettings settings, AuditLog audit) {
        this.assignments = assignments;
        this.dossiers = dossiers;
        this.settings = settings;
        this.audit = audit;
    }

    @EventListener
    @Transactional(propagation = Propagation.MANDATORY)
    void on(ScoreSheetSubmitted submitted) {
        ReviewSubject s = submitted.subject();
        if (s.subject().type() != SubjectType.DOSSIER) {
            return;
        }
        TenantScope ofDossier = new TenantScope.OfUnit(s.tenantId(), s.unitId());
        List<Assignment> all = assignments.of(ofDossier, SubjectType.DOSSIER, List.of(s.subject().id()));
        long in = all.stream().filter(x -> x.status() == AssignmentStatus.SUBMITTED).count();
        boolean open = all.stream().anyMatch(x -> x.status() == AssignmentStatus.ASSIGNED
                || x.status() == AssignmentStatus.ACCEPTED);
        if (!open && in >= settings.expertsPerDossier()
                && dossiers.moveStatus(ofDossier, DossierId.of(s.subject().id()), DossierStatus.UNDER_EXPERT_REVIEW,
                DossierStatus.REVIEWED, null)) {
            audit.record(AuditEntry.of(AuditAction.DOSSIER_REVIEWED, AuditedEntity.DOSSIER, s.subject().id())
                    .tenant(s.tenantId()).rule("P4.4").detail(in + " score sheets"));
        }
    }
}
