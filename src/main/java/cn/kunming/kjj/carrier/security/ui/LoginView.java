package cn.kunming.kjj.carrier.security.ui;

import cn.kunming.kjj.carrier.common.ui.LanguageSwitch;
import cn.kunming.kjj.carrier.common.ui.PortalI18NProvider;
import cn.kunming.kjj.carrier.security.LoginOptions;
import cn.kunming.kjj.carrier.security.SessionEndedByLimit;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.login.LoginForm;
import com.vaadin.flow.component.login.LoginI18n;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.VaadinSession;
import com.vaadin.flow.server.WrappedSession;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import org.springframework.security.authentication.CredentialsExpiredException;
import org.springframework.security.authentication.DisabledException;
import org.springframework.security.web.WebAttributes;

/** Local login. The message after a failure says why: wrong credentials, locked (until when), or not active. */
@Route(value = "login", autoLayout = false)
@AnonymousAllowed
public class LoginView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final LoginForm form = new LoginForm();
    private LoginI18n shown;

    public LoginView(LoginOptions options) {
        setSizeFull();
        setAlignItems(Alignment.CENTER);
        setJustifyContentMode(JustifyContentMode.CENTER);
        form.setAction("login");
        form.setForgotPasswordButtonVisible(false);
        show(i18n(getTranslation("login.failed.title"), getTranslation("login.failed")));

        H1 title = new H1(getTranslation("app.title"));
        title.getStyle().set("font-size", "var(--lumo-font-size-xxl)").set("text-align", "center");
        Paragraph subtitle = new Paragraph(getTranslation("login.subtitle"));
        Button chinese = new Button("中文", e -> LanguageSwitch.switchTo(PortalI18NProvider.CHINESE));
        Button english = new Button("English", e -> LanguageSwitch.switchTo(PortalI18NProvider.ENGLISH));
        chinese.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        english.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        Anchor selfCheck = new Anchor("self-check", getTranslation("selfCheck.loginLink"));
        selfCheck.setId("self-check-link");
        add(title, subtitle);
        if (options.ssoEnabled()) {
            // a plain link, not a Vaadin navigation: the browser must go to the identity provider
            Anchor sso = new Anchor(options.ssoLoginPath(), getTranslation("login.sso"));
            sso.setRouterIgnore(true);
            sso.setId("sso-login");
            sso.getStyle().set("font-size", "var(--lumo-font-size-l)").set("font-weight", "600")
                    .set("padding", "var(--lumo-space-s) var(--lumo-space-l)")
                    .set("border-radius", "var(--lumo-border-radius-m)").set("color", "var(--lumo-primary-contrast-color)")
                    .set("background", "var(--lumo-primary-color)");
            add(sso, new Paragraph(getTranslation("login.ssoHint")));
        }
        form.setVisible(options.localEnabled());
        Anchor register = new Anchor("register", getTranslation("registration.link"));
        register.setId("register-link");
        Anchor password = new Anchor("password", getTranslation("password.changeLink"));
        add(form, new HorizontalLayout(register, password, selfCheck), new HorizontalLayout(chinese, english));
    }

    private void show(LoginI18n i18n) {
        shown = i18n;
        form.setI18n(i18n);
    }

    /** The texts the form shows now. */
    LoginI18n shownTexts() {
        return shown;
    }

    boolean showsError() {
        return form.isError();
    }

    private LoginI18n i18n(String errorTitle, String errorMessage) {
        LoginI18n i18n = LoginI18n.createDefault();
        i18n.getForm().setTitle(getTranslation("login.title"));
        i18n.getForm().setUsername(getTranslation("login.username"));
        i18n.getForm().setPassword(getTranslation("login.password"));
        i18n.getForm().setSubmit(getTranslation("login.submit"));
        i18n.getErrorMessage().setTitle(errorTitle);
        i18n.getErrorMessage().setMessage(errorMessage);
        // the hints under an empty field, which the browser shows before anything is sent
        i18n.getErrorMessage().setUsername(getTranslation("login.usernameRequired"));
        i18n.getErrorMessage().setPassword(getTranslation("login.passwordRequired"));
        return i18n;
    }

    /** Whether this session began with a request of one that the limit ended (a heartbeat's reload); told once. */
    private static boolean endedByLimit() {
        WrappedSession session = VaadinSession.getCurrent().getSession();
        boolean ended = session.getAttribute(SessionEndedByLimit.REMEMBERED) != null;
        session.removeAttribute(SessionEndedByLimit.REMEMBERED);
        return ended;
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        boolean endedByLimit = endedByLimit();
        if (endedByLimit || event.getLocation().getQueryParameters().getParameters().containsKey("expired")) {
            show(i18n(getTranslation("login.expired.title"), getTranslation("login.expired")));
            form.setError(true);
            return;
        }
        if (!event.getLocation().getQueryParameters().getParameters().containsKey("error")) {
            return;
        }
        Object failure = VaadinSession.getCurrent().getSession().getAttribute(WebAttributes.AUTHENTICATION_EXCEPTION);
        if (failure instanceof DisabledException) {
            show(i18n(getTranslation("login.inactive.title"), getTranslation("login.inactive")));
        } else if (failure instanceof CredentialsExpiredException) {
            event.forwardTo("password", com.vaadin.flow.router.QueryParameters.of("expired",
                    ((CredentialsExpiredException) failure).getMessage()));
            return;
        }
        form.setError(true);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("login.title") + " · " + getTranslation("app.shortTitle");
    }
}
