package cn.kunming.kjj.carrier.e2e;

import cn.kunming.kjj.carrier.call.CallService;
import cn.kunming.kjj.carrier.dossier.DossierServiceTest;
import cn.kunming.kjj.carrier.security.AccountStatus;
import cn.kunming.kjj.carrier.security.Role;
import cn.kunming.kjj.carrier.support.Fixtures;
import cn.kunming.kjj.carrier.tenant.ActivationStatus;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/** An applicant writes a dossier in the browser; what it types is saved without pressing anything. */
class DossierE2ETest extends BrowserTest {

    @Autowired
    Fixtures fixtures;
    @Autowired
    CallService calls;

    @Test
    void theDraftIsSavedAsTheApplicantTypesAndIsThereAfterReloading() throws Exception {
        DossierServiceTest.openCall(calls);
        long unit = fixtures.unit("530102", ActivationStatus.ACTIVE);
        String username = fixtures.username(fixtures.account(Role.APPLICANT, "530102", unit, AccountStatus.ACTIVE));

        browser.get(url(""));
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#vaadinLoginUsername input")));
        browser.findElement(By.cssSelector("#vaadinLoginUsername input")).sendKeys(username);
        browser.findElement(By.cssSelector("#vaadinLoginPassword input")).sendKeys(Fixtures.PASSWORD, Keys.ENTER);
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("h2"), "您好"));

        browser.get(url("my-dossiers"));
        wait.until(ExpectedConditions.presenceOfElementLocated(By.tagName("vaadin-select")));
        browser.findElement(By.tagName("vaadin-select")).click();
        wait.until(ExpectedConditions.elementToBeClickable(By.tagName("vaadin-select-item"))).click();
        wait.until(ExpectedConditions.elementToBeClickable(By.xpath("//vaadin-radio-button[contains(., '概念验证中心')]"))).click();
        browser.findElement(By.xpath("//vaadin-button[contains(., '开始或继续申报')]")).click();

        wait.until(d -> d.getCurrentUrl().contains("/dossiers/"));
        var name = wait.until(ExpectedConditions.presenceOfElementLocated(
                By.xpath("//vaadin-text-field[.//label[contains(., '拟定名称')]]//input")));
        name.sendKeys("昆明市生物医药概念验证中心", Keys.TAB);
        wait.until(d -> d.findElement(By.tagName("body")).getText().contains("已自动保存于"));
        wait.until(d -> d.findElement(By.tagName("body")).getText().contains("P4.2"));
        screenshot("dossier-editor");

        browser.navigate().refresh();
        var reloaded = wait.until(ExpectedConditions.presenceOfElementLocated(
                By.xpath("//vaadin-text-field[.//label[contains(., '拟定名称')]]//input")));
        wait.until(d -> "昆明市生物医药概念验证中心".equals(reloaded.getDomProperty("value")));
        assertThat(reloaded.getDomProperty("value")).isEqualTo("昆明市生物医药概念验证中心");
    }
}
