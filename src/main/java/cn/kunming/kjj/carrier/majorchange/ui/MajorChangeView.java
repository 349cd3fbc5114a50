package cn.kunming.kjj.carrier.majorchange.ui;

import org.jspecify.annotations.Nullable;
import cn.kunming.kjj.carrier.common.PortalException;
import cn.kunming.kjj.carrier.common.ui.Formats;
import cn.kunming.kjj.carrier.common.ui.FormDialog;
import cn.kunming.kjj.carrier.common.ui.Notifications;
import cn.kunming.kjj.carrier.eligibility.ui.EvaluationPanel;
import cn.kunming.kjj.carrier.majorchange.ChangeStatus;
import cn.kunming.kjj.carrier.majorchange.MajorChange;
import cn.kunming.kjj.carrier.majorchange.MajorChangeService;
import cn.kunming.kjj.carrier.security.CurrentUser;
import cn.kunming.kjj.carrier.security.Role;
import cn.kunming.kjj.carrier.security.Roles;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.router.BeforeEvent;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.HasUrlParameter;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;

/** One major change: what was filed, the rules re-run on the updated facts, the district's opinion, the decision. */
@Route("changes")
@RolesAllowed({Roles.APPLICANT, Roles.DISTRICT_OFFICER, Roles.BUREAU_OFFICER})
class MajorChangeView extends VerticalLayout implements HasUrlParameter<Long>, HasDynamicTitle {

    private final transient MajorChangeService changes;
    private final transient CurrentUser currentUser;
    @SuppressWarnings("NullAway.Init") // set on navigation, which comes before any use
    private MajorChange change;
    final TextArea opinion = new TextArea();
    final TextArea reason = new TextArea();

    MajorChangeView(MajorChangeService changes, CurrentUser currentUser) {
        this.changes = changes;
        this.currentUser = currentUser;
    }

    @Override
    public void setParameter(BeforeEvent event, Long id) {
        try {
            change = changes.change(id);
        } catch (cn.kunming.kjj.carrier.common.NotFoundException e) {
            event.rerouteToError(NotFoundException.class);
            return;
        }
        show();
    }

    private void show() {
        removeAll();
        MajorChange c = change;
        add(new H2(c.carrierName() + " · " + getTranslation(c.type().messageKey())),
                new Paragraph(getTranslation("change.summary", Formats.date(c.changedOn()), Formats.date(c.dueOn()),
                        Formats.dateTime(c.filedAt()), c.daysLate())),
                new Paragraph(c.description()));
        if (c.newName() != null || c.newCreditCode() != null || c.newHead() != null) {
            add(new Paragraph(getTranslation("change.newValues", nz(c.newName()), nz(c.newCreditCode()), nz(c.newHead()))));
        }
        Role role = currentUser.require().role();
        if (role != Role.APPLICANT) {
            EvaluationPanel evaluation = new EvaluationPanel();
            evaluation.show(changes.evaluation(c.id()));
            add(new H3(getTranslation("change.rules")), evaluation);
        }
        if (c.districtOpinion() != null) {
            add(new Paragraph(getTranslation("change.districtOpinion", c.districtOpinion(), c.districtBy())));
        }
        if (c.decision() != null) {
            add(new Paragraph(getTranslation("change.decided", getTranslation(c.decision().messageKey()), c.decisionReason(),
                    c.decidedBy())));
        }
        if (role == Role.DISTRICT_OFFICER && c.status() == ChangeStatus.FILED) {
            opinion.setLabel(getTranslation("review.opinion"));
            opinion.setWidthFull();
            add(opinion, new Button(getTranslation("action.save"), e -> act(() -> changes.districtOpinion(c.id(), opinion.getValue()))));
        }
        if (role == Role.BUREAU_OFFICER && c.status() == ChangeStatus.DISTRICT_REVIEWED) {
            reason.setLabel(getTranslation("change.decisionReason"));
            reason.setWidthFull();
            Button decide = new Button(getTranslation("change.decide"), e -> confirmDecision(c));
            decide.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            add(reason, decide);
        }
    }

    private static String nz(@Nullable String s) {
        return s == null ? "—" : s;
    }

    /**
     * The decision cannot be changed afterwards (G6.2): the bureau sees what it will be — the rules re-run on the
     * facts as changed — and confirms.
     */
    @Nullable FormDialog confirmDecision(MajorChange c) {
        boolean eligible;
        try {
            eligible = changes.evaluation(c.id()).eligible();
        } catch (PortalException e) {
            Notifications.refused(this, e);
            return null;
        }
        FormDialog dialog = new FormDialog(getTranslation("change.decide") + " · " + c.carrierName(),
                new Paragraph(getTranslation(eligible ? "change.previewStillEligible" : "change.previewCancelled",
                        c.carrierName(), c.changedOn().getYear())),
                getTranslation("change.decide"), () -> changes.decide(c.id(), reason.getValue()), () -> {
                    Notifications.success(this, "action.saved");
                    change = changes.change(change.id());
                    show();
                });
        if (!eligible) {
            dialog.danger();
        }
        dialog.open();
        return dialog;
    }

    void act(Runnable action) {
        try {
            action.run();
            Notifications.success(this, "action.saved");
            change = changes.change(change.id());
            show();
        } catch (PortalException e) {
            Notifications.refused(this, e);
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.changes");
    }
}
