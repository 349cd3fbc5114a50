package cn.kunming.kjj.carrier.tenant.ui;

import cn.kunming.kjj.carrier.common.ui.FormDialog;
import cn.kunming.kjj.carrier.common.ui.Formats;
import cn.kunming.kjj.carrier.common.ui.Notifications;
import cn.kunming.kjj.carrier.security.Roles;
import cn.kunming.kjj.carrier.security.UnitAccount;
import cn.kunming.kjj.carrier.tenant.HostUnit;
import cn.kunming.kjj.carrier.tenant.TenantService;
import cn.kunming.kjj.carrier.tenant.UnitRegistrationService;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;

/** The applicant's own unit: its registered facts (locked after activation) and the unit's applicant accounts. */
@Route("my-unit")
@Menu(title = "nav.myUnit", order = 10, icon = "vaadin:building-o")
@RolesAllowed(Roles.APPLICANT)
class MyUnitView extends VerticalLayout implements HasDynamicTitle {

    private final transient UnitRegistrationService registration;
    final Grid<UnitAccount> colleagues = new Grid<>();
    final Button addColleague = new Button();

    MyUnitView(UnitRegistrationService registration, TenantService tenants) {
        this.registration = registration;
        add(new H2(getTranslation("nav.myUnit")));
        registration.myUnit().ifPresent(unit -> {
            String tenantName = tenants.find(unit.tenantId()).map(t -> t.name()).orElse(unit.tenantId().value());
            FormLayout facts = new FormLayout();
            facts.addFormItem(new Paragraph(unit.name()), getTranslation("unit.name"));
            facts.addFormItem(new Paragraph(unit.creditCode()), getTranslation("unit.creditCode"));
            facts.addFormItem(new Paragraph(getTranslation(unit.type().messageKey())), getTranslation("unit.type"));
            facts.addFormItem(new Paragraph(tenantName), getTranslation("unit.tenant"));
            facts.addFormItem(new Paragraph(getTranslation(unit.activationStatus().messageKey())),
                    getTranslation("unit.activationStatus"));
            facts.addFormItem(new Paragraph(Formats.dateTime(unit.createdAt())), getTranslation("registration.registeredAt"));
            add(facts, new Paragraph(getTranslation("registration.locked")));
            addColleague.setEnabled(unit.activationStatus() == cn.kunming.kjj.carrier.tenant.ActivationStatus.ACTIVE);
            if (unit.rejectionReason() != null) {
                add(new Paragraph(getTranslation("registration.rejectedBecause", unit.rejectionReason())));
            }
            showColleagues(unit);
        });
    }

    private void showColleagues(HostUnit unit) {
        colleagues.addColumn(UnitAccount::displayName).setHeader(getTranslation("account.displayName"));
        colleagues.addColumn(UnitAccount::username).setHeader(getTranslation("account.username"));
        colleagues.addColumn(a -> getTranslation(a.status().messageKey())).setHeader(getTranslation("account.status"));
        colleagues.setAllRowsVisible(true);
        colleagues.setItems(registration.myColleagues());
        addColleague.setText(getTranslation("registration.addColleague"));
        addColleague.addClickListener(e -> openAddColleague());
        add(new H3(getTranslation("registration.colleagues")), addColleague, colleagues);
    }

    FormDialog openAddColleague() {
        TextField username = new TextField(getTranslation("account.username"));
        TextField name = new TextField(getTranslation("registration.displayName"));
        EmailField email = new EmailField(getTranslation("account.email"));
        PasswordField password = new PasswordField(getTranslation("account.initialPassword"));
        FormDialog dialog = new FormDialog(getTranslation("registration.addColleague"),
                new FormLayout(username, name, email, password), getTranslation("action.save"),
                () -> registration.addColleague(username.getValue(), name.getValue(), email.getValue(), password.getValue()),
                () -> {
                    colleagues.setItems(registration.myColleagues());
                    Notifications.success(this, "action.saved");
                });
        dialog.open();
        return dialog;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.myUnit");
    }
}
