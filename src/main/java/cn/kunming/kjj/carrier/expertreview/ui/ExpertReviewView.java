package cn.kunming.kjj.carrier.expertreview.ui;

import cn.kunming.kjj.carrier.common.PortalException;
import cn.kunming.kjj.carrier.common.ui.Formats;
import cn.kunming.kjj.carrier.common.ui.FormDialog;
import cn.kunming.kjj.carrier.common.ui.Notifications;
import cn.kunming.kjj.carrier.common.ui.TwoColumns;
import cn.kunming.kjj.carrier.expertreview.Assignment;
import cn.kunming.kjj.carrier.expertreview.AssignmentStatus;
import cn.kunming.kjj.carrier.expertreview.ExpertWork;
import cn.kunming.kjj.carrier.expertreview.MyReview;
import cn.kunming.kjj.carrier.expertreview.ReviewSubject;
import cn.kunming.kjj.carrier.expertreview.Subject;
import cn.kunming.kjj.carrier.expertreview.SubjectType;
import cn.kunming.kjj.carrier.security.Roles;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * One assigned subject for its expert, whatever it is (P4.4, M5.1). First the declaration of interests — the unit and
 * the name only, no content; then the subject's content beside the score sheet, which the expert saves as it goes and
 * submits once. A subject not assigned to this expert, or no longer readable, is answered like one that does not
 * exist. The paths are those links in notifications already name: {@code expert/review/<dossier>} and
 * {@code expert/report/<report>}.
 */
@Route("expert/:type(review|report)/:id([0-9]{1,18})")
@RolesAllowed(Roles.EXPERT)
class ExpertReviewView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final transient ExpertWork work;
    private final transient Map<SubjectType, SubjectContent> contents = new EnumMap<>(SubjectType.class);
    @SuppressWarnings("NullAway.Init") // set on navigation, which comes before any use
    private Subject subject;
    @SuppressWarnings("NullAway.Init")
    private Assignment assignment;
    @SuppressWarnings("NullAway.Init")
    private H2 heading;
    final RadioButtonGroup<Boolean> conflict = new RadioButtonGroup<>();
    final TextArea conflictNote = new TextArea();
    final Button declare = new Button();
    @SuppressWarnings("NullAway.Init") // the sheet is shown once the declaration is made
    ScoreSheetForm form;
    Button save = new Button();
    Button submit = new Button();
    Button saveAndNext = new Button();

    ExpertReviewView(ExpertWork work, List<SubjectContent> contents) {
        this.work = work;
        contents.forEach(c -> this.contents.put(c.type(), c));
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        Optional<SubjectType> type = event.getRouteParameters().get("type").flatMap(SubjectType::ofPathSegment);
        Optional<Long> id = event.getRouteParameters().getLong("id");
        MyReview review;
        try {
            subject = new Subject(type.orElseThrow(), id.orElseThrow());
            review = work.review(subject);
        } catch (cn.kunming.kjj.carrier.common.NotFoundException | java.util.NoSuchElementException e) {
            event.rerouteToError(NotFoundException.class);
            return;
        }
        assignment = review.assignment();
        heading = new H2(title(review.subject()));
        show();
    }

    private String title(ReviewSubject s) {
        return s.unitName() + " · " + s.name() + (s.year() == null ? "" : " · " + getTranslation("report.title", s.year()));
    }

    private void show() {
        removeAll();
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
        conflictNote.setMaxLength(500);
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
            work.declare(subject, conflict.getValue(), conflictNote.getValue());
            if (conflict.getValue()) {
                Notifications.success(this, "review.released");
                getUI().ifPresent(ui -> ui.navigate(MyReviewsView.class));
            } else {
                assignment = work.review(subject).assignment();
                show();
            }
        } catch (PortalException e) {
            Notifications.refused(this, e);
        }
    }

    private void review() {
        SubjectContent content = java.util.Objects.requireNonNull(contents.get(subject.type()), subject.type().name());
        boolean editable = assignment.status() == AssignmentStatus.ACCEPTED;
        form = new ScoreSheetForm(work.criteria(subject), assignment.sheet(), editable);
        VerticalLayout sheet = new VerticalLayout(form);
        sheet.setPadding(false);
        if (editable) {
            // the page may be reused for the next subject: its buttons start afresh, listeners and all
            save = new Button(getTranslation("review.saveSheet"), e -> saveSheet(false));
            submit = new Button(getTranslation("review.submitSheet"), e -> confirmSubmit());
            submit.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            saveAndNext = new Button(getTranslation("review.saveAndNext"), e -> saveAndNext());
            saveAndNext.addClickShortcut(com.vaadin.flow.component.Key.KEY_N, com.vaadin.flow.component.KeyModifier.ALT);
            saveAndNext.setTooltipText(getTranslation("review.saveAndNextHelp", "Alt+N"));
            HorizontalLayout buttons = new HorizontalLayout(save, submit, saveAndNext);
            buttons.setWrap(true);
            sheet.add(buttons);
        } else {
            sheet.add(new Paragraph(getTranslation("review.sheetSubmittedAt", Formats.dateTime(assignment.submittedAt()))));
        }
        VerticalLayout right = new VerticalLayout(sheet);
        right.setPadding(false);
        content.besideSheet(subject.id()).forEach(right::add);
        add(new TwoColumns(content.content(subject.id()), "30em", right, "24em"));
    }

    /** A submitted sheet is final (P4.4): said, with the total, before it goes. */
    FormDialog confirmSubmit() {
        FormDialog dialog = new FormDialog(getTranslation("review.submitSheet"),
                new Paragraph(getTranslation("review.submitConsequence",
                        cn.kunming.kjj.carrier.expertreview.ScoreSheets.weighted(work.criteria(subject), form.sheet())
                                .toPlainString())),
                getTranslation("review.submitSheet"), () -> {
                    assignment = work.submitSheet(subject, assignment.version(), form.sheet());
                }, () -> {
                    Notifications.success(this, "review.sheetSubmitted");
                    show();
                });
        dialog.open();
        return dialog;
    }

    /**
     * Keeps the sheet as it is (not submitted) and opens the next subject of the expert's list that is still open to
     * it, in the list's order (issue 25); the list itself after the last.
     */
    void saveAndNext() {
        try {
            assignment = work.saveSheet(subject, assignment.version(), form.sheet());
        } catch (PortalException e) {
            Notifications.refused(this, e);
            return;
        }
        Notifications.success(this, "action.saved");
        Optional<Subject> next = next();
        if (next.isPresent()) {
            getUI().ifPresent(ui -> ui.navigate(next.get().path()));
        } else {
            Notifications.success(this, "review.lastOfList");
            getUI().ifPresent(ui -> ui.navigate(MyReviewsView.class));
        }
    }

    /** The subject after this one in the expert's list (its order) that still waits for a declaration or a sheet. */
    Optional<Subject> next() {
        List<MyReview> mine = work.mine();
        int here = -1;
        for (int i = 0; i < mine.size(); i++) {
            if (mine.get(i).subject().subject().equals(subject)) {
                here = i;
            }
        }
        return mine.stream().skip(here + 1L).filter(r -> r.assignment().status() == AssignmentStatus.ASSIGNED
                || r.assignment().status() == AssignmentStatus.ACCEPTED).map(r -> r.subject().subject()).findFirst();
    }

    void saveSheet(boolean submitting) {
        try {
            assignment = submitting ? work.submitSheet(subject, assignment.version(), form.sheet())
                    : work.saveSheet(subject, assignment.version(), form.sheet());
            Notifications.success(this, submitting ? "review.sheetSubmitted" : "action.saved");
            if (submitting) {
                show();
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
