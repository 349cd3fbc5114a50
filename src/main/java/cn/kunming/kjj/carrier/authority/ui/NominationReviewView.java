package cn.kunming.kjj.carrier.authority.ui;

import cn.kunming.kjj.carrier.authority.ExpertNomination;
import cn.kunming.kjj.carrier.authority.ExpertNominationService;
import cn.kunming.kjj.carrier.authority.NominationStatus;
import cn.kunming.kjj.carrier.common.PortalException;
import cn.kunming.kjj.carrier.common.ui.FormDialog;
import cn.kunming.kjj.carrier.common.ui.Formats;
import cn.kunming.kjj.carrier.common.ui.Notifications;
import cn.kunming.kjj.carrier.expert.ExpertFields;
import cn.kunming.kjj.carrier.security.Roles;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;

/**
 * The bureau decides on the experts industry authorities nominate (P4.4): accepted, the expert joins the pool (专家库)
 * recorded as nominated by its authority; declined, the authority reads why.
 */
@Route("bureau/nominations")
@Menu(title = "nav.nominationReview", order = 32.5, icon = "vaadin:user-star")
@RolesAllowed(Roles.BUREAU_OFFICER)
class NominationReviewView extends VerticalLayout implements HasDynamicTitle {

    private final transient ExpertNominationService nominations;
    final Grid<ExpertNomination> grid = new Grid<>();

    NominationReviewView(ExpertNominationService nominations) {
        this.nominations = nominations;
        setSizeFull();
        grid.addColumn(ExpertNomination::authorityName).setHeader(getTranslation("authority.authority")).setAutoWidth(true);
        grid.addColumn(n -> n.expert().name()).setHeader(getTranslation("expert.name")).setAutoWidth(true);
        grid.addColumn(n -> ExpertFields.join(n.expert().fields())).setHeader(getTranslation("expert.fields"));
        grid.addColumn(n -> n.expert().title() + " · " + n.expert().affiliation())
                .setHeader(getTranslation("expert.affiliation")).setFlexGrow(1);
        grid.addColumn(ExpertNomination::reason).setHeader(getTranslation("nomination.reason")).setFlexGrow(1);
        grid.addColumn(n -> Formats.dateTime(n.nominatedAt())).setHeader(getTranslation("nomination.nominatedAt"));
        grid.addColumn(n -> getTranslation(n.status().messageKey())
                + (n.declineReason() == null ? "" : "：" + n.declineReason())).setHeader(getTranslation("account.status"));
        grid.addComponentColumn(n -> {
            Button accept = new Button(getTranslation("nomination.accept"), e -> accept(n));
            accept.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_PRIMARY);
            Button decline = new Button(getTranslation("nomination.decline"), e -> decline(n));
            decline.addThemeVariants(ButtonVariant.LUMO_SMALL);
            HorizontalLayout actions = new HorizontalLayout(accept, decline);
            actions.setVisible(n.status() == NominationStatus.PENDING);
            return actions;
        }).setAutoWidth(true);
        grid.setEmptyStateText(getTranslation("list.empty"));
        add(new H2(getTranslation("nav.nominationReview")), new Paragraph(getTranslation("nomination.reviewIntro")), grid);
        refresh();
    }

    private void refresh() {
        grid.setItems(nominations.nominations());
    }

    void accept(ExpertNomination n) {
        try {
            nominations.accept(n.id(), n.version());
            Notifications.success(this, "nomination.accepted", n.expert().name());
            refresh();
        } catch (PortalException e) {
            Notifications.refused(this, e);
        }
    }

    FormDialog decline(ExpertNomination n) {
        TextArea reason = new TextArea(getTranslation("nomination.declineReason"));
        reason.setMaxLength(1000);
        reason.setWidthFull();
        FormDialog dialog = new FormDialog(getTranslation("nomination.decline"), reason, getTranslation("nomination.decline"),
                () -> nominations.decline(n.id(), n.version(), reason.getValue()), () -> {
                    Notifications.success(this, "nomination.declined", n.expert().name());
                    refresh();
                });
        dialog.open();
        return dialog;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.nominationReview");
    }
}
