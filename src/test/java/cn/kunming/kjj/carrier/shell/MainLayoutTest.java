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
                .map(org.jsoup.nodes.Element::ownText).toList();
    }

    /** The badge of the side-nav item with this label: what waits behind it (issue 25, part 6); empty without one. */
    private String badge(String label) {
        String markup = LocatorJ._find(com.vaadin.flow.component.Html.class).stream()
                .map(com.vaadin.flow.component.Html::getInnerHtml).filter(h -> h.contains("vaadin-side-nav-item"))
                .findFirst().orElse("");
        return org.jsoup.Jsoup.parseBodyFragment(markup).select("vaadin-side-nav-item").stream()
                .filter(e -> e.ownText().equals(label)).findFirst()
                .map(e -> e.select("span.menu-badge").text()).orElseThrow();
    }

    @Test
    void theMenuEntryOfWorkWaitingCarriesItsCountAndAnEntryWithNothingWaitingNone() {
        login(Role.DISTRICT_OFFICER, "530102");
        navigate("");
        long waiting = context.getBean(cn.kunming.kjj.carrier.dashboard.InboxService.class).waiting().stream()
                .filter(w -> w.work() == cn.kunming.kjj.carrier.dashboard.WaitingWork.DOSSIERS_TO_RECOMMEND)
                .findFirst().orElseThrow().count();
        assertThat(badge("推荐审查")).isEqualTo(waiting == 0 ? "" : String.valueOf(waiting));
        assertThat(badge("申报通知")).isEmpty();
    }

    @Test
    void theCountsAreAskedOnceForManyNavigationsWithinAMinute() {
        login(Role.DISTRICT_OFFICER, "530102");
        java.util.concurrent.atomic.AtomicInteger asked = new java.util.concurrent.atomic.AtomicInteger();
        cn.kunming.kjj.carrier.common.ui.MenuBadges counting = () -> {
            asked.incrementAndGet();
            return java.util.Map.of("district/review", 7L);
        };
        MainLayout layout = new MainLayout(context.getBean(cn.kunming.kjj.carrier.security.CurrentUser.class),
                context.getBean(cn.kunming.kjj.carrier.tenant.TenantService.class), null, List.of(), List.of(counting));
        for (int i = 0; i < 5; i++) {
            assertThat(layout.badges()).containsEntry("district/review", 7L);
        }
        assertThat(asked).hasValue(1);
    }

    @Test
    void theBadgesAreCountedAgainAtTheNextNavigationAfterTheReadersOwnRecommendation() {
        cn.kunming.kjj.carrier.review.ReviewScenario scenario = context.getBean(cn.kunming.kjj.carrier.review.ReviewScenario.class);
        var call = scenario.openCall();
        var dossier = scenario.submitted(call, "530102").dossierId();
        login(Role.DISTRICT_OFFICER, "530102");
        navigate("");
        String before = badge("推荐审查");
        assertThat(before).isNotEmpty();

        scenario.recommend(dossier, "530102");
        login(Role.DISTRICT_OFFICER, "530102");
        navigate("district/review");
        long waiting = Long.parseLong(before) - 1;
        assertThat(badge("推荐审查")).as("within the minute the counts are kept, but not past a change")
                .isEqualTo(waiting == 0 ? "" : String.valueOf(waiting));
    }

    @Test
    void aDistrictOfficerSeesOnlyTheViewsItMayOpen() {
        login(Role.DISTRICT_OFFICER, "530102");
        navigate("");
        assertThat(navigationLabels()).containsExactly("首页", "申报通知", "公示公告", "培育名单", "申报条件自测", "依托单位", "推荐审查",
                "申报材料", "单位账户激活", "载体名录", "信用核查记录", "信用预警", "年度报告",
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
