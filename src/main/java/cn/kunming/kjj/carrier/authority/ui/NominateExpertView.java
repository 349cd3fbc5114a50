package cn.kunming.kjj.carrier.authority.ui;

import cn.kunming.kjj.carrier.authority.ExpertNomination;
import cn.kunming.kjj.carrier.authority.ExpertNominationService;
import cn.kunming.kjj.carrier.common.PortalException;
import cn.kunming.kjj.carrier.common.ui.Formats;
import cn.kunming.kjj.carrier.common.ui.Notifications;
import cn.kunming.kjj.carrier.expert.ExpertDraft;
import cn.kunming.kjj.carrier.expert.ExpertFields;
import cn.kunming.kjj.carrier.security.Roles;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;

/**
 * An industry authority nominates experts to the bureau's pool (P4.4: 会同行业主管部门组织专家评审) and follows what the
 * bureau made of each nomination.
 */
@Route("authority/nominations")
@Menu(title = "nav.nominateExperts", order = 23, icon = "vaadin:academy-cap")
@RolesAllowed(Roles.INDUSTRY_AUTHORITY)
class NominateExpertView extends VerticalLayout implements HasDynamicTitle {

    private final transient ExpertNominationService nominations;
    final TextField name = field("expert.name", 64);
    final TextField fields = field("expert.fields", 255);
    final TextField title = field("expert.title", 64);
    final TextField affiliation = field("expert.affiliation", 200);
    final TextField creditCode = field("expert.affiliationCreditCode", 30);
    final TextField phone = field("expert.phone", 32);
    final TextField email = field("expert.email", 128);
    final TextArea reason = new TextArea();
    final Grid<ExpertNomination> grid = new Grid<>();

    NominateExpertView(ExpertNominationService nominations) {
        this.nominations = nominations;
        fields.setHelperText(getTranslation("expert.fieldsHelp"));
        reason.setLabel(getTranslation("nomination.reason"));
        reason.setMaxLength(1000);
        reason.setWidthFull();
        Button nominate = new Button(getTranslation("nomination.submit"), e -> nominate());
        nominate.addThemeVariants(ButtonVariant.LUMO_PRIMARY);

        grid.addColumn(n -> n.expert().name()).setHeader(getTranslation("expert.name")).setAutoWidth(true);
        grid.addColumn(n -> ExpertFields.join(n.expert().fields())).setHeader(getTranslation("expert.fields"))
                .setFlexGrow(1);
        grid.addColumn(n -> n.expert().affiliation()).setHeader(getTranslation("expert.affiliation")).setFlexGrow(1);
        grid.addColumn(n -> Formats.dateTime(n.nominatedAt())).setHeader(getTranslation("nomination.nominatedAt"));
        grid.addColumn(n -> getTranslation(n.status().messageKey())
                + (n.declineReason() == null ? "" : "：" + n.declineReason()))
                .setHeader(getTranslation("account.status")).setFlexGrow(1);
        grid.setAllRowsVisible(true);
        grid.setEmptyStateText(getTranslation("list.empty"));
        add(new H2(getTranslation("nav.nominateExperts")), new Paragraph(getTranslation("nomination.intro")),
                new FormLayout(name, fields, title, affiliation, creditCode, phone, email), reason, nominate,
                new H3(getTranslation("nomination.mine")), grid);
        refresh();
    }

    private TextField field(String key, int maxLength) {
        TextField f = new TextField(getTranslation(key));
        f.setMaxLength(maxLength);
        return f;
    }

    private void refresh() {
        grid.setItems(nominations.mine());
    }

    void nominate() {
        try {
            nominations.nominate(new ExpertDraft(name.getValue(), ExpertFields.parse(fields.getValue()),
                    title.getValue(), affiliation.getValue(), creditCode.getValue(), phone.getValue(), email.getValue(),
                    true), reason.getValue());
            Notifications.success(this, "nomination.submitted", name.getValue());
            for (var f : new TextField[]{name, fields, title, affiliation, creditCode, phone, email}) {
                f.clear();
            }
            reason.clear();
            refresh();
        } catch (PortalException e) {
            Notifications.refused(this, e);
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.nominateExperts");
    }
}
