package cn.kunming.kjj.carrier.tenant.ui;

import cn.kunming.kjj.carrier.common.ui.EvidenceUpload;
import cn.kunming.kjj.carrier.common.PortalException;
import cn.kunming.kjj.carrier.common.UnifiedSocialCreditCode;
import cn.kunming.kjj.carrier.common.ui.PortalI18NProvider;
import cn.kunming.kjj.carrier.common.ui.Notifications;
import cn.kunming.kjj.carrier.tenant.Tenant;
import cn.kunming.kjj.carrier.tenant.TenantService;
import cn.kunming.kjj.carrier.tenant.UnitRegistration;
import cn.kunming.kjj.carrier.tenant.UnitRegistrationService;
import cn.kunming.kjj.carrier.tenant.UnitType;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;

import java.time.Clock;
import java.time.LocalDate;

/**
 * A unit registers itself and its first applicant account. The credit code is checked as it is typed; nothing is
 * stored until everything is right; afterwards the district officer activates the unit.
 */
@Route("register")
@AnonymousAllowed
class UnitRegistrationView extends VerticalLayout implements HasDynamicTitle {

    private final transient UnitRegistrationService registration;
    final TextField unitName = new TextField();
    final TextField creditCode = new TextField();
    final Select<UnitType> type = new Select<>();
    final ComboBox<Tenant> tenant = new ComboBox<>();
    final TextField address = new TextField();
    final TextField legalRepresentative = new TextField();
    final TextField contactName = new TextField();
    final TextField contactPhone = new TextField();
    final TextField username = new TextField();
    final TextField displayName = new TextField();
    final EmailField email = new EmailField();
    final PasswordField password = new PasswordField();
    final Button submit = new Button();
    final com.vaadin.flow.component.checkbox.Checkbox legacyCode = new com.vaadin.flow.component.checkbox.Checkbox();
    final VerticalLayout done = new VerticalLayout();
    final EvidenceUpload licence = new EvidenceUpload();
    private final VerticalLayout formArea = new VerticalLayout();

    UnitRegistrationView(UnitRegistrationService registration, TenantService tenants, Clock clock) {
        this.registration = registration;
        setMaxWidth("60em");
        label(unitName, "registration.unitName");
        label(creditCode, "unit.creditCode");
        creditCode.setHelperText(getTranslation("registration.creditCodeHelp"));
        creditCode.setValueChangeMode(ValueChangeMode.LAZY);
        creditCode.addValueChangeListener(e -> checkCreditCode());
        type.setLabel(getTranslation("unit.type"));
        type.setItems(UnitType.values());
        type.setItemLabelGenerator(t -> t == null ? "" : getTranslation(t.messageKey()));
        tenant.setLabel(getTranslation("unit.tenant"));
        tenant.setHelperText(getTranslation("registration.tenantHelp"));
        LocalDate today = LocalDate.now(clock);
        tenant.setItems(tenants.all().stream().filter(t -> t.recommends() && t.validOn(today)).toList());
        tenant.setItemLabelGenerator(t -> t.displayName(PortalI18NProvider.uiIsEnglish()));
        label(address, "registration.address");
        label(legalRepresentative, "registration.legalRepresentative");
        label(contactName, "registration.contactName");
        label(contactPhone, "registration.contactPhone");
        label(username, "account.username");
        username.setHelperText(getTranslation("account.usernameHelp"));
        label(displayName, "registration.displayName");
        email.setLabel(getTranslation("account.email"));
        password.setLabel(getTranslation("login.password"));
        password.setHelperText(getTranslation("registration.passwordHelp"));

        legacyCode.setLabel(getTranslation("registration.legacyCode"));
        legacyCode.setVisible(false);
        FormLayout unitForm = new FormLayout(unitName, creditCode, legacyCode, type, tenant, address,
                legalRepresentative, contactName, contactPhone);
        unitForm.setColspan(unitName, 2);
        unitForm.setColspan(address, 2);
        FormLayout accountForm = new FormLayout(username, displayName, email, password);
        submit.setText(getTranslation("registration.submit"));
        submit.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        submit.addClickListener(e -> submit());
        formArea.setPadding(false);
        formArea.add(new Paragraph(getTranslation("registration.intro")), new H4(getTranslation("registration.unit")),
                unitForm, new H4(getTranslation("registration.licence")), new Paragraph(getTranslation("registration.licenceHelp")),
                licence, new H4(getTranslation("registration.account")), accountForm, submit);
        done.setVisible(false);
        done.setPadding(false);
        add(new H2(getTranslation("registration.title")), formArea, done);
    }

    private void label(TextField field, String key) {
        field.setLabel(getTranslation(key));
    }

    private void checkCreditCode() {
        String code = UnifiedSocialCreditCode.normalise(creditCode.getValue());
        if (code.isEmpty()) {
            creditCode.setInvalid(false);
            return;
        }
        var problem = UnifiedSocialCreditCode.check(code);
        creditCode.setErrorMessage(problem.map(p -> getTranslation(p.key(), p.args())).orElse(null));
        creditCode.setInvalid(problem.isPresent());
        // only a wrong check character can be an early pilot-region code; length and alphabet never are
        legacyCode.setVisible(problem.filter(p -> p.key().equals("uscc.check")).isPresent());
    }

    void submit() {
        try {
            registration.register(new UnitRegistration(unitName.getValue(), creditCode.getValue(), type.getValue(),
                    tenant.getValue() == null ? null : tenant.getValue().id(), address.getValue(),
                    legalRepresentative.getValue(), contactName.getValue(), contactPhone.getValue(),
                    username.getValue(), displayName.getValue(), email.getValue(), password.getValue(),
                    legacyCode.isVisible() && legacyCode.getValue(),
                    licence.file()), clientAddress());
            formArea.setVisible(false);
            done.removeAll();
            done.add(new Paragraph(getTranslation("registration.done", tenant.getValue().displayName(PortalI18NProvider.uiIsEnglish()))),
                    new Anchor("login", getTranslation("noAccess.backToLogin")));
            done.setVisible(true);
        } catch (PortalException e) {
            Notifications.refused(this, e);
        }
    }

    /** The visitor's address (the proxy's report of it only when the proxy is trusted). */
    private static String clientAddress() {
        com.vaadin.flow.server.VaadinRequest request = com.vaadin.flow.server.VaadinRequest.getCurrent();
        return request == null ? "" : request.getRemoteAddr();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("registration.title");
    }
}
