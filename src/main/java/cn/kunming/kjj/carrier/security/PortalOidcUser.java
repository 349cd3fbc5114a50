package cn.kunming.kjj.carrier.security;

import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.oauth2.core.oidc.user.DefaultOidcUser;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;

import java.util.Collection;

/** A person signed in through the identity provider, carrying the portal user it was mapped to. */
public class PortalOidcUser extends DefaultOidcUser {

    private final PortalUser portalUser;

    PortalOidcUser(OidcUser provider, PortalUser portalUser, Collection<? extends GrantedAuthority> authorities) {
        super(authorities, provider.getIdToken(), provider.getUserInfo());
        this.portalUser = portalUser;
    }

    public PortalUser portalUser() {
        return portalUser;
    }

    @Override
    public String getName() {
        return portalUser.username();
    }
}
