package cn.kunming.kjj.carrier.review.ui;

import cn.kunming.kjj.carrier.common.DossierId;
import cn.kunming.kjj.carrier.dossier.ui.DossierContentPanel;
import cn.kunming.kjj.carrier.eligibility.ui.EvaluationPanel;
import cn.kunming.kjj.carrier.expertreview.SubjectType;
import cn.kunming.kjj.carrier.expertreview.ui.SubjectContent;
import cn.kunming.kjj.carrier.review.ExpertReviewService;
import cn.kunming.kjj.carrier.review.ReviewPacket;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.H3;

import java.util.List;
import java.util.Map;

/** A dossier as its expert reads it (P4.4): the submitted version, and under the sheet the rules' verdict. */
@org.springframework.stereotype.Component
class DossierReviewContent implements SubjectContent {

    private final ExpertReviewService reviews;

    DossierReviewContent(ExpertReviewService reviews) {
        this.reviews = reviews;
    }

    @Override
    public SubjectType type() {
        return SubjectType.DOSSIER;
    }

    @Override
    public Component content(long subjectId) {
        DossierId dossierId = DossierId.of(subjectId);
        ReviewPacket packet = reviews.packet(dossierId);
        return new DossierContentPanel(packet.version().content(), packet.version().attachments(), Map.of(),
                attachmentId -> reviews.attachmentContent(dossierId, attachmentId));
    }

    @Override
    public List<Component> besideSheet(long subjectId) {
        EvaluationPanel evaluation = new EvaluationPanel();
        evaluation.show(reviews.packet(DossierId.of(subjectId)).evaluation());
        H3 heading = new H3(evaluation.getTranslation("review.rules"));
        return List.of(heading, evaluation);
    }
}
