package cn.kunming.kjj.carrier.review.ui;

import cn.kunming.kjj.carrier.common.PortalException;
import cn.kunming.kjj.carrier.common.ui.Notifications;
import cn.kunming.kjj.carrier.common.ui.TwoColumns;
import cn.kunming.kjj.carrier.dossier.ui.DossierContentPanel;
import cn.kunming.kjj.carrier.eligibility.ui.EvaluationPanel;
import cn.kunming.kjj.carrier.review.Assignment;
import cn.kunming.kjj.carrier.review.AssignmentStatus;
import cn.kunming.kjj.carrier.review.Criterion;
import cn.kunming.kjj.carrier.review.ExpertOpinion;
import cn.kunming.kjj.carrier.review.ExpertReviewService;
import cn.kunming.kjj.carrier.review.MyReview;
import cn.kunming.kjj.carrier.review.ReviewPacket;
import cn.kunming.kjj.carrier.review.ScoreSheet;
import cn.kunming.kjj.carrier.review.ScoreSheets;
import cn.kunming.kjj.carrier.security.Roles;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.router.BeforeEvent;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.HasUrlParameter;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * One assigned dossier for its expert (P4.4). First the declaration of interests — the unit and name only, no
 * content; then the submitted version beside the score sheet. A dossier not assigned to this expert (or no longer
 * readable) is answered like one that does not exist.
 */
@Route("expert/review")
@RolesAllowed(Roles.EXPERT)
class ExpertReviewView extends VerticalLayout implements HasUrlParameter<Long>, HasDynamicTitle {

    private final transient ExpertReviewService reviews;
    private long dossierId;
    private Assignment assignment;
    private H2 heading;
    final RadioButtonGroup<Boolean> conflict = new RadioButtonGroup<>();
    final TextArea conflictNote = new TextArea();
    final Button declare = new Button();
    ScoreSheetForm form;
    final Button save = new Button();
    final Button submit = new Button();
    private java.util.List<Criterion> criteria;

    ExpertReviewView(ExpertReviewService reviews) {
        this.reviews = reviews;
    }

    @Override
    public void setParameter(BeforeEvent event, Long id) {
        MyReview review;
        try {
            review = reviews.review(id);
        } catch (cn.kunming.kjj.carrier.common.NotFoundException e) {
            event.rerouteToError(NotFoundException.class);
            return;
        }
        dossierId = id;
        assignment = review.assignment();
        removeAll();
        heading = new H2(review.unitName() + " · " + review.proposedName());
        add(heading);
        if (assignment.status() == AssignmentStatus.ASSIGNED) {
            declaration();
        } else {
            review();
        }
    }

    private void declaration() {
        conflict.setLabel(getTranslation("review.declarationQuestion"));
        conflict.setItems(false, true);
        conflict.setItemLabelGenerator(b -> getTranslation(b ? "review.hasConflict" : "review.noConflict"));
        conflictNote.setLabel(getTranslation("review.conflictNote"));
        conflictNote.setWidthFull();
        conflictNote.setVisible(false);
        conflict.addValueChangeListener(e -> conflictNote.setVisible(Boolean.TRUE.equals(e.getValue())));
        declare.setText(getTranslation("review.declare"));
        declare.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        declare.addClickListener(e -> declareNow());
        add(new Paragraph(getTranslation("review.declarationIntro")), conflict, conflictNote, declare);
    }

    void declareNow() {
        if (conflict.getValue() == null) {
            Notifications.refused(this, new PortalException("review.declarationMissing"));
            return;
        }
        try {
            reviews.declare(dossierId, conflict.getValue(), conflictNote.getValue());
            if (conflict.getValue()) {
                Notifications.success(this, "review.released");
                getUI().ifPresent(ui -> ui.navigate(MyReviewsView.class));
            } else {
                removeAll();
                add(heading);
                assignment = reviews.review(dossierId).assignment();
                review();
            }
        } catch (PortalException e) {
            Notifications.refused(this, e);
        }
    }

    private void review() {
        ReviewPacket packet = reviews.packet(dossierId);
        criteria = packet.criteria();
        EvaluationPanel evaluation = new EvaluationPanel();
        evaluation.show(packet.evaluation());
        DossierContentPanel content = new DossierContentPanel(packet.version().content(), packet.version().attachments(),
                Map.of(), attachmentId -> reviews.attachmentContent(dossierId, attachmentId));
        boolean editable = assignment.status() == AssignmentStatus.ACCEPTED;
        form = new ScoreSheetForm(criteria, assignment.sheet(), editable);
        VerticalLayout sheet = new VerticalLayout(form);
        sheet.setPadding(false);
        if (editable) {
            save.setText(getTranslation("review.saveSheet"));
            save.addClickListener(e -> saveSheet(false));
            submit.setText(getTranslation("review.submitSheet"));
            submit.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            submit.addClickListener(e -> saveSheet(true));
            sheet.add(new HorizontalLayout(save, submit));
        } else {
            sheet.add(new Paragraph(getTranslation("review.sheetSubmittedAt",
                    cn.kunming.kjj.carrier.common.ui.Formats.dateTime(assignment.submittedAt()))));
        }
        VerticalLayout right = new VerticalLayout(sheet, new H3(getTranslation("review.rules")), evaluation);
        right.setPadding(false);
        add(new TwoColumns(content, "30em", right, "24em"));
    }

    void saveSheet(boolean submitting) {
        try {
            assignment = submitting ? reviews.submitSheet(dossierId, assignment.version(), form.sheet())
                    : reviews.saveSheet(dossierId, assignment.version(), form.sheet());
            Notifications.success(this, submitting ? "review.sheetSubmitted" : "action.saved");
            if (submitting) {
                removeAll();
                add(heading);
                review();
            }
        } catch (PortalException e) {
            Notifications.refused(this, e);
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.myReviews");
    }
}
