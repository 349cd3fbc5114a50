package cn.kunming.kjj.carrier.security.ui;

import cn.kunming.kjj.carrier.support.KaribuTest;
import com.github.mvysny.kaributesting.v10.LocatorJ;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class NoAccessViewTest extends KaribuTest {

    private String text() {
        return LocatorJ._find(Paragraph.class).stream().map(Paragraph::getText).reduce("", (a, b) -> a + b);
    }

    @Test
    void aPersonWithoutPortalRoleIsToldSoInChinese() {
        navigate("no-access?reason=NO_PORTAL_ROLE");
        assertThat(LocatorJ._get(H2.class).getText()).isEqualTo("无访问权限");
        assertThat(text()).contains("没有本系统的任何角色");
    }

    @Test
    void anUnknownReasonGetsTheGeneralExplanationRatherThanAnError() {
        navigate("no-access?reason=<script>");
        assertThat(text()).contains("无法确定您的角色或所属属地");
    }

    @Test
    void withoutSsoTheLoginPageShowsOnlyTheLocalForm() {
        navigate("login");
        assertThat(LocatorJ._find(com.vaadin.flow.component.html.Anchor.class))
                .extracting(com.vaadin.flow.component.html.Anchor::getText).doesNotContain("统一身份认证登录");
    }
}
