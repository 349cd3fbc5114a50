package cn.kunming.kjj.carrier.security;

import org.springframework.security.authentication.AuthenticationCredentialsNotFoundException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

import java.util.Optional;

/** The authenticated user of the current request or UI access. */
@Component
public class CurrentUser {

    public Optional<PortalUser> get() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication == null) {
            return Optional.empty();
        }
        if (authentication.getPrincipal() instanceof PortalUser user) {
            return Optional.of(user);
        }
        if (authentication.getPrincipal() instanceof PortalOidcUser sso) {
            return Optional.of(sso.portalUser());
        }
        return Optional.empty();
    }

    public PortalUser require() {
        return get().orElseThrow(() -> new AuthenticationCredentialsNotFoundException("no portal user"));
    }

    public TenantScope scope() {
        return require().scope();
    }
}
