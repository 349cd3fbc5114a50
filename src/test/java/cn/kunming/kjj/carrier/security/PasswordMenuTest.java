package cn.kunming.kjj.carrier.security;

import cn.kunming.kjj.carrier.support.KaribuTest;
import com.github.mvysny.kaributesting.v10.LocatorJ;
import com.vaadin.flow.component.contextmenu.MenuItem;
import com.vaadin.flow.component.menubar.MenuBar;
import org.junit.jupiter.api.Test;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.oauth2.client.authentication.OAuth2AuthenticationToken;
import org.springframework.security.oauth2.core.oidc.OidcIdToken;
import org.springframework.security.oauth2.core.oidc.user.DefaultOidcUser;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class PasswordMenuTest extends KaribuTest {

    private List<String> userMenu() {
        MenuBar bar = LocatorJ._get(MenuBar.class);
        return bar.getItems().getFirst().getSubMenu().getItems().stream().map(MenuItem::getText).toList();
    }

    @Test
    void aLocalAccountFindsPasswordChangeInItsUserMenu() {
        login(Role.DISTRICT_OFFICER, "530102");
        navigate("district");
        assertThat(userMenu()).contains("修改密码", "退出登录");
    }

    @Test
    void aPersonSignedInThroughTheIdentityProviderHasNoPasswordHereToChange() {
        PortalUser user = login(Role.DISTRICT_OFFICER, "530102");
        var authorities = List.of(new SimpleGrantedAuthority(Role.DISTRICT_OFFICER.authority()));
        OidcIdToken token = new OidcIdToken("token", Instant.now(), Instant.now().plusSeconds(300),
                Map.of("sub", "wuhua.officer", "iss", "https://sso.example"));
        PortalOidcUser sso = new PortalOidcUser(new DefaultOidcUser(authorities, token), user, authorities);
        SecurityContextHolder.getContext().setAuthentication(new OAuth2AuthenticationToken(sso, authorities, "gov"));
        navigate("district");
        assertThat(userMenu()).contains("退出登录").doesNotContain("修改密码");
    }
}
