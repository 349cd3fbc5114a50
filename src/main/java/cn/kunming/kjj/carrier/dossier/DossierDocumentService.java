package cn.kunming.kjj.carrier.dossier;

import cn.kunming.kjj.carrier.audit.AuditAction;
import cn.kunming.kjj.carrier.audit.AuditEvent;
import cn.kunming.kjj.carrier.audit.AuditedEntity;
import cn.kunming.kjj.carrier.audit.EntityHistory;
import cn.kunming.kjj.carrier.common.DossierId;
import cn.kunming.kjj.carrier.common.NotFoundException;
import cn.kunming.kjj.carrier.common.PdfBook;
import cn.kunming.kjj.carrier.common.PortalException;
import cn.kunming.kjj.carrier.security.Access;
import cn.kunming.kjj.carrier.security.CurrentUser;
import cn.kunming.kjj.carrier.security.PortalUser;
import cn.kunming.kjj.carrier.security.Role;
import cn.kunming.kjj.carrier.security.TenantScope;
import cn.kunming.kjj.carrier.tenant.HostUnit;
import cn.kunming.kjj.carrier.tenant.HostUnits;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * A dossier as a document and as a story (issue 25, part 7): the submitted version as a PDF for whoever may read the
 * dossier, and its history from the audit trail for the officers who may. A dossier outside the reader's scope does not
 * exist here either.
 */
@Service
public class DossierDocumentService {

    /** The steps of the expert review: who reviews a dossier is the bureau's to know, not the district's. */
    private static final Set<AuditAction> EXPERT_REVIEW = EnumSet.of(AuditAction.EXPERT_ASSIGNED,
            AuditAction.EXPERTS_DRAWN, AuditAction.EXPERT_RELEASED, AuditAction.CONFLICT_DECLARED,
            AuditAction.NO_CONFLICT_DECLARED, AuditAction.SCORE_SHEET_SUBMITTED, AuditAction.REPORT_EXPERT_ASSIGNED,
            AuditAction.REPORT_SCORED);

    private final Dossiers dossiers;
    private final HostUnits units;
    private final DossierPdf pdf;
    private final EntityHistory history;
    private final CurrentUser currentUser;

    DossierDocumentService(Dossiers dossiers, HostUnits units, DossierPdf pdf, EntityHistory history,
                           CurrentUser currentUser) {
        this.dossiers = dossiers;
        this.units = units;
        this.pdf = pdf;
        this.history = history;
        this.currentUser = currentUser;
    }

    /** The latest submitted version as a PDF; refused for a dossier never submitted, which has no such version. */
    @PreAuthorize(Access.APPLICANT_OR_OFFICERS)
    @Transactional(readOnly = true)
    public byte[] pdf(DossierId dossierId) {
        TenantScope scope = currentUser.scope();
        Dossier dossier = dossiers.findById(scope, dossierId).orElseThrow(NotFoundException::new);
        List<DossierVersion> versions = dossiers.versions(scope, dossierId);
        if (versions.isEmpty()) {
            throw new PortalException("dossier.pdfNotSubmitted");
        }
        HostUnit unit = units.findById(scope, dossier.unitId()).orElseThrow(NotFoundException::new);
        DossierVersion latest = versions.getLast();
        try (PdfBook book = new PdfBook(latest.content().facts().name())) {
            pdf.write(book, dossier, latest, unit);
            return book.finish(null);
        }
    }

    /**
     * Who did what to the dossier and when, oldest first, from the audit trail: every status change with its rule,
     * the district's opinions, the credit checks, the expert assignments and sheets (their names and details for the
     * bureau only).
     */
    @PreAuthorize(Access.OFFICERS)
    @Transactional(readOnly = true)
    public List<HistoryEntry> history(DossierId dossierId) {
        PortalUser me = currentUser.require();
        dossiers.findById(me.scope(), dossierId).orElseThrow(NotFoundException::new);
        boolean bureau = me.role() == Role.BUREAU_OFFICER;
        return history.of(AuditedEntity.DOSSIER, dossierId.value()).stream().map(e -> entry(e, bureau)).toList();
    }

    private static HistoryEntry entry(AuditEvent e, boolean bureau) {
        boolean withheld = !bureau && EXPERT_REVIEW.stream().anyMatch(a -> a.name().equals(e.action()));
        return new HistoryEntry(e.occurredAt(), withheld ? "" : e.actor(), e.action(), e.ruleId(),
                withheld ? null : e.detail(), withheld);
    }
}
