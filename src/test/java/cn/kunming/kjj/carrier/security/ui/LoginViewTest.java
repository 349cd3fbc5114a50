package cn.kunming.kjj.carrier.security.ui;

import cn.kunming.kjj.carrier.security.SessionEndedByLimit;
import cn.kunming.kjj.carrier.support.KaribuTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.server.VaadinSession;
import org.junit.jupiter.api.Test;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.DisabledException;
import org.springframework.security.web.WebAttributes;

import java.time.LocalDateTime;

import static org.assertj.core.api.Assertions.assertThat;

class LoginViewTest extends KaribuTest {

    private LoginView view() {
        return (LoginView) UI.getCurrent().getCurrentView();
    }

    private void lastFailure(Exception e) {
        VaadinSession.getCurrent().getSession().setAttribute(WebAttributes.AUTHENTICATION_EXCEPTION, e);
    }

    @Test
    void theLoginFormIsInChineseByDefault() {
        navigate("login");
        assertThat(view().shownTexts().getForm().getTitle()).isEqualTo("登录");
        assertThat(view().shownTexts().getForm().getUsername()).isEqualTo("用户名");
        assertThat(view().shownTexts().getErrorMessage().getUsername()).isEqualTo("请输入用户名");
        assertThat(view().shownTexts().getErrorMessage().getPassword()).isEqualTo("请输入密码");
        assertThat(view().showsError()).isFalse();
    }

    @Test
    void aWrongPasswordSaysSoAndWarnsOfTheLockout() {
        lastFailure(new BadCredentialsException("bad"));
        navigate("login?error");
        assertThat(view().showsError()).isTrue();
        assertThat(view().shownTexts().getErrorMessage().getTitle()).isEqualTo("用户名或密码错误");
        assertThat(view().shownTexts().getErrorMessage().getMessage()).contains("15 分钟");
    }

    @Test
    void anAccountWaitingForActivationIsToldWhoActivatesIt() {
        lastFailure(new DisabledException("PENDING"));
        navigate("login?error");
        assertThat(view().shownTexts().getErrorMessage().getMessage()).contains("属地科技管理部门");
    }

    @Test
    void aSessionEndedByASignInElsewhereIsToldWhyOnTheLoginPage() {
        navigate("login?expired");
        assertThat(view().showsError()).isTrue();
        assertThat(view().shownTexts().getErrorMessage().getTitle()).isEqualTo("会话已结束");
        assertThat(view().shownTexts().getErrorMessage().getMessage()).contains("其他地方登录", "会话数有上限");
    }

    /** A heartbeat of the ended session reloads the page, which lands here without "?expired" (eyes on issue 26). */
    @Test
    void aSessionBegunByTheReloadAfterASessionWasEndedByTheLimitIsToldWhyOnce() {
        VaadinSession.getCurrent().getSession().setAttribute(SessionEndedByLimit.REMEMBERED, Boolean.TRUE);
        navigate("login");
        assertThat(view().showsError()).isTrue();
        assertThat(view().shownTexts().getErrorMessage().getMessage()).contains("其他地方登录", "会话数有上限");
        assertThat(VaadinSession.getCurrent().getSession().getAttribute(SessionEndedByLimit.REMEMBERED))
                .as("told once").isNull();
    }

    @Test
    void theLoginPageSpeaksEnglishWhenChosen() {
        english();
        navigate("login");
        assertThat(view().shownTexts().getForm().getTitle()).isEqualTo("Sign in");
    }
}
