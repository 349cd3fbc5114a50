package cn.kunming.kjj.carrier.security;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.stereotype.Component;

/**
 * Which ways in the login page offers: the government identity provider (profile {@code sso}), local accounts
 * ({@code portal.login.local-enabled}), or both.
 */
@Component
public class LoginOptions {

    /** The registration id of the government identity provider in {@code application-sso.properties}. */
    public static final String REGISTRATION = "gov";

    private final boolean localEnabled;
    private final boolean ssoEnabled;

    LoginOptions(@Value("${portal.login.local-enabled:true}") boolean localEnabled,
                 ObjectProvider<ClientRegistrationRepository> registrations) {
        this.localEnabled = localEnabled;
        ClientRegistrationRepository repository = registrations.getIfAvailable();
        this.ssoEnabled = repository != null && repository.findByRegistrationId(REGISTRATION) != null;
    }

    public boolean localEnabled() {
        return localEnabled;
    }

    public boolean ssoEnabled() {
        return ssoEnabled;
    }

    public String ssoLoginPath() {
        return "oauth2/authorization/" + REGISTRATION;
    }
}
