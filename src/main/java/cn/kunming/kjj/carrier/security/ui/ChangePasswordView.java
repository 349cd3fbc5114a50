package cn.kunming.kjj.carrier.security.ui;

import cn.kunming.kjj.carrier.common.PortalException;
import cn.kunming.kjj.carrier.common.ui.Notifications;
import cn.kunming.kjj.carrier.security.CurrentUser;
import cn.kunming.kjj.carrier.security.PasswordPolicy;
import cn.kunming.kjj.carrier.security.PasswordService;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;

/**
 * A local account's holder changes its password with the present one: from the login page (also when the password
 * has expired or was set by an administrator) or when signed in.
 */
@Route("password")
@AnonymousAllowed
class ChangePasswordView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final transient PasswordService passwords;
    final Paragraph reason = new Paragraph();
    final TextField username = new TextField();
    final PasswordField current = new PasswordField();
    final PasswordField chosen = new PasswordField();
    final PasswordField repeated = new PasswordField();
    final Button save = new Button();
    final Paragraph done = new Paragraph();

    ChangePasswordView(PasswordService passwords, CurrentUser currentUser) {
        this.passwords = passwords;
        setMaxWidth("32em");
        username.setLabel(getTranslation("account.username"));
        currentUser.get().ifPresent(u -> {
            username.setValue(u.username());
            username.setReadOnly(true);
        });
        current.setLabel(getTranslation("password.current"));
        chosen.setLabel(getTranslation("password.new"));
        chosen.setHelperText(getTranslation("password.rules", PasswordPolicy.MIN_LENGTH, PasswordPolicy.MIN_KINDS,
                passwords.maxAgeDays()));
        repeated.setLabel(getTranslation("password.repeat"));
        for (var field : new com.vaadin.flow.component.textfield.TextFieldBase<?, ?>[]{username, current, chosen, repeated}) {
            field.setWidthFull();
        }
        save.setText(getTranslation("password.save"));
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickListener(e -> save());
        done.setVisible(false);
        add(new H2(getTranslation("password.title")), reason, username, current, chosen, repeated, save, done,
                new Anchor("login", getTranslation("password.backToLogin")));
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        var expired = event.getLocation().getQueryParameters().getParameters().get("expired");
        reason.setVisible(expired != null);
        if (expired != null) {
            reason.setText(getTranslation("login.passwordExpired"));
            if (!expired.isEmpty() && !username.isReadOnly()) {
                username.setValue(expired.getFirst());
            }
        }
    }

    void save() {
        if (!chosen.getValue().equals(repeated.getValue())) {
            repeated.setInvalid(true);
            repeated.setErrorMessage(getTranslation("password.mismatch"));
            return;
        }
        repeated.setInvalid(false);
        try {
            passwords.change(username.getValue(), current.getValue(), chosen.getValue());
            current.clear();
            chosen.clear();
            repeated.clear();
            done.setText(getTranslation("password.changed"));
            done.setVisible(true);
            Notifications.success(this, "password.changed");
        } catch (PortalException e) {
            Notifications.refused(this, e);
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("password.title") + " · " + getTranslation("app.shortTitle");
    }
}
