package cn.kunming.kjj.carrier.expertreview.ui;

import org.jspecify.annotations.Nullable;
import cn.kunming.kjj.carrier.common.ui.FormDialog;
import cn.kunming.kjj.carrier.expertreview.Assignment;
import cn.kunming.kjj.carrier.expertreview.AssignmentStatus;
import cn.kunming.kjj.carrier.expertreview.ExpertAssignments;
import cn.kunming.kjj.carrier.expertreview.ScoreSummary;
import cn.kunming.kjj.carrier.expertreview.Subject;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextArea;

/**
 * The experts on one subject as the bureau sees them, whatever the subject: each with its status and weighted score,
 * the summary of the sheets in, and the release of an expert whose sheet is not yet in, with a reason.
 */
public class AssignedExperts extends VerticalLayout {

    private final transient ExpertAssignments assignments;
    private final Subject subject;
    private final transient Runnable afterChange;
    @Nullable FormDialog releaseDialog;

    public AssignedExperts(ExpertAssignments assignments, Subject subject, Runnable afterChange) {
        this.assignments = assignments;
        this.subject = subject;
        this.afterChange = afterChange;
        setPadding(false);
        setSpacing(false);
        for (Assignment a : assignments.of(subject)) {
            HorizontalLayout line = new HorizontalLayout(new Span(a.expertName() + " · "
                    + getTranslation(a.status().messageKey())
                    + (a.weightedScore() == null ? "" : " · " + a.weightedScore().toPlainString())));
            line.setAlignItems(Alignment.BASELINE);
            if (a.status() == AssignmentStatus.ASSIGNED || a.status() == AssignmentStatus.ACCEPTED) {
                Button release = new Button(getTranslation("review.releaseExpert"), e -> release(a));
                release.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
                line.add(release);
            }
            add(line);
        }
        ScoreSummary summary = assignments.summary(subject);
        if (summary.mean() != null) {
            add(new Paragraph(getTranslation("report.meanScore", summary.mean(), summary.sheets())));
        }
    }

    FormDialog release(Assignment a) {
        TextArea reason = new TextArea(getTranslation("review.releaseReason"));
        reason.setMaxLength(500);
        reason.setWidthFull();
        releaseDialog = new FormDialog(getTranslation("review.releaseExpert") + "：" + a.expertName(), reason,
                getTranslation("review.releaseExpert"), () -> assignments.release(a.id(), reason.getValue()), afterChange);
        releaseDialog.danger();
        releaseDialog.open();
        return releaseDialog;
    }

    Subject subject() {
        return subject;
    }
}
