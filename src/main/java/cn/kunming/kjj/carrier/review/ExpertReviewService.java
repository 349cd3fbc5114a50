package cn.kunming.kjj.carrier.review;

import cn.kunming.kjj.carrier.common.ContentStream;
import cn.kunming.kjj.carrier.common.DossierId;
import cn.kunming.kjj.carrier.common.NotFoundException;
import cn.kunming.kjj.carrier.dossier.Attachment;
import cn.kunming.kjj.carrier.dossier.DossierVersion;
import cn.kunming.kjj.carrier.dossier.Dossiers;
import cn.kunming.kjj.carrier.eligibility.EligibilityService;
import cn.kunming.kjj.carrier.expertreview.Assignment;
import cn.kunming.kjj.carrier.expertreview.ExpertWork;
import cn.kunming.kjj.carrier.expertreview.Subject;
import cn.kunming.kjj.carrier.security.Access;
import cn.kunming.kjj.carrier.storage.AttachmentStore;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What an expert reads of a dossier it reviews (P4.4): the submitted version, the rules' verdict and the attachments,
 * once the review engine grants it — a declaration without conflict, within the reading period.
 */
@Service
public class ExpertReviewService {

    private final ExpertWork work;
    private final Dossiers dossiers;
    private final EligibilityService eligibility;
    private final AttachmentStore store;

    ExpertReviewService(ExpertWork work, Dossiers dossiers, EligibilityService eligibility, AttachmentStore store) {
        this.work = work;
        this.dossiers = dossiers;
        this.eligibility = eligibility;
        this.store = store;
    }

    @PreAuthorize(Access.EXPERT)
    @Transactional(readOnly = true)
    public ReviewPacket packet(DossierId dossierId) {
        Assignment a = work.contentAccess(Subject.dossier(dossierId));
        DossierVersion version = dossiers.latestVersionAssignedTo(a.expertId(), dossierId)
                .orElseThrow(NotFoundException::new);
        return new ReviewPacket(version, eligibility.evaluate(version.content().facts()));
    }

    @PreAuthorize(Access.EXPERT)
    @Transactional(readOnly = true)
    public ContentStream attachmentContent(DossierId dossierId, long attachmentId) {
        Attachment attachment = packet(dossierId).version().attachments().stream()
                .filter(x -> x.id() == attachmentId).findFirst().orElseThrow(NotFoundException::new);
        return store.open(attachment.sha256());
    }
}
