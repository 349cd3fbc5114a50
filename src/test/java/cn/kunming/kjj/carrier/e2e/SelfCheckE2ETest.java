package cn.kunming.kjj.carrier.e2e;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

import static org.assertj.core.api.Assertions.assertThat;

/** An applicant who has no account yet checks its centre from the login page. */
class SelfCheckE2ETest extends BrowserTest {

    private WebElement rule(String id) {
        return browser.findElement(By.cssSelector(".rule-result[data-rule='" + id + "']"));
    }

    @Test
    void aVisitorOpensTheSelfCheckFromTheLoginPageAndSeesTheResultFollowItsInput() throws Exception {
        browser.get(url("login"));
        click(By.id("self-check-link"));
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".rule-result[data-rule='C2.3a']")));
        assertThat(browser.getCurrentUrl()).endsWith("/self-check");
        wait.until(d -> "FAIL".equals(rule("C2.3a").getAttribute("data-outcome")));

        WebElement area = browser.findElement(By.xpath("//vaadin-big-decimal-field[.//label[contains(., '服务场地面积')]]//input"));
        area.sendKeys("250", Keys.TAB);
        // the result is redrawn after each round trip (the pause in typing, then the TAB): wait, never read once
        wait.until(d -> "PASS".equals(rule("C2.3a").getAttribute("data-outcome")));
        wait.until(d -> rule("C2.3a").getText().contains("服务场地面积为 250 平方米，不低于 200 平方米"));
        screenshot("self-check");
    }

    @Test
    void aDateTypedTheWaysChineseUsersTypeItIsReadAndAnUnreadableOneIsSaid() {
        browser.get(url("self-check"));
        By dateInput = By.xpath("//vaadin-date-picker[.//label[contains(., '申报日期')]]//input");
        By picker = By.xpath("//vaadin-date-picker[.//label[contains(., '申报日期')]]");
        wait.until(ExpectedConditions.presenceOfElementLocated(dateInput));
        for (String typed : new String[]{"2026/12/20", "2026年12月20日", "20261220", "2026.12.20"}) {
            WebElement input = browser.findElement(dateInput);
            input.sendKeys(Keys.chord(Keys.CONTROL, "a"), Keys.DELETE);
            input.sendKeys(typed, Keys.ENTER, Keys.TAB);
            wait.until(d -> "2026-12-20".equals(d.findElement(dateInput).getDomProperty("value")));
            assertThat(browser.findElement(picker).getDomAttribute("invalid")).as(typed).isNull();
        }
        WebElement input = browser.findElement(dateInput);
        input.sendKeys(Keys.chord(Keys.CONTROL, "a"), Keys.DELETE);
        input.sendKeys("2026-13-45", Keys.ENTER, Keys.TAB);
        wait.until(d -> d.findElement(picker).getDomAttribute("invalid") != null);
        wait.until(d -> d.findElement(picker).getText().contains("无法识别该日期"));
    }
}
