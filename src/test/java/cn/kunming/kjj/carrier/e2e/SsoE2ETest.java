package cn.kunming.kjj.carrier.e2e;

import cn.kunming.kjj.carrier.support.MovableClock;
import cn.kunming.kjj.carrier.support.SsoTestProfiles;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ActiveProfiles;


import static org.assertj.core.api.Assertions.assertThat;

/**
 * Single sign-on end to end: the portal (profile sso) on port 18090, the real Keycloak that .ci/run started with
 * deploy/keycloak/kunming-realm.json, and headless Chromium going through Keycloak's own login page.
 * Needs OIDC_ISSUER_URI, OIDC_CLIENT_ID, OIDC_CLIENT_SECRET and KC_DEMO_PASSWORD (set by .ci/run).
 */
@Tag("sso")
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.DEFINED_PORT, properties = "server.port=18090")
@ActiveProfiles(resolver = SsoTestProfiles.class)
@Import({MovableClock.Config.class, cn.kunming.kjj.carrier.support.TypedIdsJdbc.class})
class SsoE2ETest extends ChromiumSession {

    private static final String PORTAL = "http://localhost:18090/";

    private void click(org.openqa.selenium.WebElement element) {
        ((org.openqa.selenium.JavascriptExecutor) browser).executeScript("arguments[0].click()", element);
    }

    /** From the portal's login page through Keycloak's login form and back. */
    private void signInAtTheProvider(String username) {
        browser.get(PORTAL + "login");
        wait.until(ExpectedConditions.elementToBeClickable(By.id("sso-login"))).click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("username")));
        assertThat(browser.getCurrentUrl()).startsWith(System.getenv("OIDC_ISSUER_URI"))
                .contains("code_challenge=").contains("code_challenge_method=S256");
        browser.findElement(By.id("username")).sendKeys(username);
        browser.findElement(By.id("password")).sendKeys(System.getenv("KC_DEMO_PASSWORD"));
        browser.findElement(By.id("kc-login")).click();
    }

    private void signOut() {
        // clicked by script: in development mode Vaadin's own tool overlay may lie over the user menu
        click(wait.until(ExpectedConditions.elementToBeClickable(By.tagName("vaadin-menu-bar-button"))));
        click(wait.until(ExpectedConditions.elementToBeClickable(
                By.xpath("//vaadin-menu-bar-item[contains(., '退出登录')]"))));
        wait.until(d -> d.getCurrentUrl().startsWith(PORTAL + "login"));
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("sso-login")));
    }

    @Test
    void aDistrictOfficerSignsInOnceLandsOnItsDistrictHomeAndSignsOutOfBoth() throws Exception {
        signInAtTheProvider("wuhua.officer");
        wait.until(d -> d.getCurrentUrl().startsWith(PORTAL + "district"));
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("h2"), "您好"));
        wait.until(d -> bodyText().contains("五华区"));
        assertThat(bodyText()).contains("属地科技管理部门", "单位账户激活").doesNotContain("审计日志");
        screenshot("sso-district-home");

        signOut();
        browser.navigate().back();
        wait.until(d -> d.getCurrentUrl().contains("/login") || !bodyText().contains("您好"));
        browser.get(PORTAL + "district");
        wait.until(d -> d.getCurrentUrl().startsWith(PORTAL + "login"));
        // the provider session ended too: signing in again asks for the password again
        wait.until(ExpectedConditions.elementToBeClickable(By.id("sso-login"))).click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("password")));
        assertThat(browser.getCurrentUrl()).startsWith(System.getenv("OIDC_ISSUER_URI"));
    }

    @Test
    void aBureauOfficerLandsOnTheBureauHome() {
        signInAtTheProvider("bureau.officer");
        wait.until(d -> d.getCurrentUrl().startsWith(PORTAL + "bureau"));
        wait.until(d -> bodyText().contains("昆明市科学技术局"));
        assertThat(bodyText()).contains("市科技局");
    }

    @Test
    void aPersonWithoutAPortalRoleSeesTheNoAccessPage() throws Exception {
        signInAtTheProvider("no.role");
        wait.until(d -> d.getCurrentUrl().startsWith(PORTAL + "no-access"));
        wait.until(d -> bodyText().contains("无访问权限"));
        assertThat(bodyText()).contains("没有本系统的任何角色");
        screenshot("sso-no-access");
    }
}
