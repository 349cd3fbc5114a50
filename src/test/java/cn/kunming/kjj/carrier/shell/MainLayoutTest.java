package cn.kunming.kjj.carrier.shell;

import cn.kunming.kjj.carrier.security.Role;
import cn.kunming.kjj.carrier.support.KaribuTest;
import com.github.mvysny.kaributesting.v10.LocatorJ;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class MainLayoutTest extends KaribuTest {

    /** The labels of the side-nav items as the browser receives them (one element of markup). */
    private List<String> navigationLabels() {
        String markup = LocatorJ._find(com.vaadin.flow.component.Html.class).stream()
                .map(com.vaadin.flow.component.Html::getInnerHtml).filter(h -> h.contains("vaadin-side-nav-item"))
                .findFirst().orElse("");
        return org.jsoup.Jsoup.parseBodyFragment(markup).select("vaadin-side-nav-item").stream()
                .map(org.jsoup.nodes.Element::text).toList();
    }

    @Test
    void aDistrictOfficerSeesOnlyTheViewsItMayOpen() {
        login(Role.DISTRICT_OFFICER, "530102");
        navigate("");
        assertThat(navigationLabels()).containsExactly("首页", "申报通知", "公示公告", "培育名单", "申报条件自测", "依托单位", "推荐审查",
                "申报材料", "单位账户激活", "载体名录", "信用核查记录", "年度报告",
                "重大变化报告", "登记状态与终止");
    }

    @Test
    void anIndustryAuthoritySeesItsOwnPagesAndNoneOfTheOfficers() {
        login(Role.INDUSTRY_AUTHORITY, "IA-NONE");
        navigate("");
        assertThat(navigationLabels()).containsExactly("首页", "申报通知", "公示公告", "培育名单", "申报条件自测",
                "领域申报材料", "领域培育载体", "会商意见", "推荐专家", "年度报告评价意见");
    }

    @Test
    void theBureauFindsTheAuthoritiesByFieldAndTheNominationsBesideTheExpertPool() {
        login(Role.BUREAU_OFFICER, "KMKJJ");
        navigate("bureau/notices");
        List<String> labels = navigationLabels();
        assertThat(labels).containsSubsequence("行业主管部门会商领域", "专家库", "专家推荐审核", "专家评审");
    }

    @Test
    void theAuditorSeesTheAuditLogAndNothingOfTheOtherAdministrators() {
        login(Role.AUDITOR, null);
        navigate("");
        assertThat(navigationLabels()).containsExactly("首页", "申报通知", "公示公告", "培育名单", "申报条件自测", "审计日志");
    }

    @Test
    void theSecurityAdministratorSeesAccountsButNeitherTenantsNorTheAuditLog() {
        login(Role.SECURITY_ADMIN, null);
        navigate("");
        assertThat(navigationLabels()).containsExactly("首页", "申报通知", "公示公告", "培育名单", "申报条件自测", "账户与角色");
    }

    @Test
    void theNavigationIsInEnglishAfterSwitching() {
        login(Role.ADMIN, null);
        english();
        navigate("");
        assertThat(navigationLabels()).containsExactly("Home", "Calls", "Public notices", "Cultivation list", "Eligibility self-check",
                "Districts and zones", "Condition versions", "Working-day calendar", "Document templates");
    }

    @Test
    void aVisitorWhoIsNotSignedInSeesTheSelfCheckAndASignInLink() {
        navigate("self-check");
        assertThat(navigationLabels()).containsExactly("申报通知", "公示公告", "培育名单", "申报条件自测");
        assertThat(LocatorJ._find(com.vaadin.flow.component.html.Anchor.class))
                .extracting(com.vaadin.flow.component.html.Anchor::getText).contains("登录");
    }

    @Test
    void theMenuIsListedOncePerPageAndAgainOnlyForAnotherUserOrLanguage() {
        login(Role.DISTRICT_OFFICER, "530102");
        navigate("");
        MainLayout layout = LocatorJ._get(MainLayout.class);
        var listed = layout.menu();
        navigate("call-dossiers");
        navigate("carriers");
        assertThat(layout.menu()).as("the same list, not listed again").isSameAs(listed);
        assertThat(navigationLabels()).contains("推荐审查");
        logout();
        login(Role.AUDITOR, null);
        navigate("audit");
        assertThat(layout.menu()).isNotSameAs(listed);
        assertThat(navigationLabels()).contains("审计日志").doesNotContain("推荐审查");
    }
}
