package cn.kunming.kjj.carrier.e2e;

import cn.kunming.kjj.carrier.common.AccountId;
import cn.kunming.kjj.carrier.security.AccountStatus;
import cn.kunming.kjj.carrier.security.Role;
import cn.kunming.kjj.carrier.support.Fixtures;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/** The login a district officer goes through, in a real browser. */
class BrowserLoginE2ETest extends BrowserTest {

    @Autowired
    Fixtures fixtures;

    private void signIn(String username, String password) {
        browser.get(url(""));
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#vaadinLoginUsername input")));
        browser.findElement(By.cssSelector("#vaadinLoginUsername input")).sendKeys(username);
        browser.findElement(By.cssSelector("#vaadinLoginPassword input")).sendKeys(password, Keys.ENTER);
    }

    @Test
    void aDistrictOfficerSignsInAndSeesAChineseHomeWithOnlyItsViews() throws Exception {
        AccountId id = fixtures.account(Role.DISTRICT_OFFICER, "530102", null, AccountStatus.ACTIVE);
        signIn(fixtures.username(id), Fixtures.PASSWORD);

        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("h2"), "您好"));
        assertThat(browser.getCurrentUrl()).contains("/district");
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("vaadin-side-nav"), "单位账户激活"));
        String nav = browser.findElement(By.tagName("vaadin-side-nav")).getText();
        assertThat(nav).contains("首页", "依托单位", "单位账户激活").doesNotContain("审计日志", "属地管理");
        screenshot("district-home");

        // an entry opens its view inside the page (no reload: a marker on the window survives) and is marked current
        ((org.openqa.selenium.JavascriptExecutor) browser).executeScript("window.__samePage = true;");
        click(By.xpath("//vaadin-side-nav-item[contains(., '载体名录')]"));
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("h2"), "载体名录"));
        assertThat(browser.getCurrentUrl()).endsWith("/carriers");
        assertThat(((org.openqa.selenium.JavascriptExecutor) browser).executeScript("return window.__samePage === true;"))
                .isEqualTo(true);
        wait.until(d -> d.findElement(By.xpath("//vaadin-side-nav-item[contains(., '载体名录')]"))
                .getDomAttribute("current") != null);
        assertThat(browser.findElements(By.cssSelector("vaadin-side-nav-item vaadin-icon[slot='prefix']"))).isNotEmpty();
    }

    @Test
    void aViewOfAnotherRoleAndAnAddressThatDoesNotExistLookTheSame() {
        AccountId id = fixtures.account(Role.DISTRICT_OFFICER, "530102", null, AccountStatus.ACTIVE);
        signIn(fixtures.username(id), Fixtures.PASSWORD);
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("h2"), "您好"));

        browser.get(url("audit"));
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("body"), "页面不存在"));
        String denied = bodyText();
        browser.get(url("no-such-page"));
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("body"), "页面不存在"));
        assertThat(bodyText()).isEqualTo(denied);
    }

    @Test
    void aWrongPasswordIsAnsweredInChineseWithTheLockoutWarning() throws Exception {
        AccountId id = fixtures.account(Role.DISTRICT_OFFICER, "530102", null, AccountStatus.ACTIVE);
        signIn(fixtures.username(id), "wrong-password1");
        wait.until(d -> d.getCurrentUrl().contains("error"));
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("vaadin-login-form"), "用户名或密码错误"));
        assertThat(browser.findElement(By.tagName("vaadin-login-form")).getText()).contains("15 分钟");
        screenshot("login-wrong-password");
    }
}
