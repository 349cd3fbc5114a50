package cn.kunming.kjj.carrier.e2e;

import cn.kunming.kjj.carrier.common.AccountId;
import cn.kunming.kjj.carrier.common.TenantId;
import cn.kunming.kjj.carrier.security.AccountStatus;
import cn.kunming.kjj.carrier.security.Role;
import cn.kunming.kjj.carrier.support.Fixtures;
import cn.kunming.kjj.carrier.tenant.ActivationStatus;
import cn.kunming.kjj.carrier.tenant.HostUnitDraft;
import cn.kunming.kjj.carrier.tenant.UnitType;
import cn.kunming.kjj.carrier.tenant.repository.HostUnitRepository;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.support.TransactionTemplate;

import java.time.LocalDateTime;

import static org.assertj.core.api.Assertions.assertThat;

/** Markup stored as a unit's name is shown as text in a real browser and never runs. */
class StoredMarkupE2ETest extends BrowserTest {

    private static final String MARKUP = "<img src=x onerror=\"window.portalXss=1\"><script>window.portalXss=2</script>测试";

    @Autowired
    Fixtures fixtures;
    @Autowired
    HostUnitRepository units;
    @Autowired
    TransactionTemplate tx;

    @Test
    void aUnitNamedWithScriptIsListedAsTextAndNothingRuns() throws Exception {
        tx.execute(s -> units.insert(new HostUnitDraft(MARKUP, Fixtures.creditCode(), UnitType.ENTERPRISE,
                new TenantId("530102"), "昆明", "法人", "联系人", "0871"), false, ActivationStatus.ACTIVE, LocalDateTime.now()));
        AccountId id = fixtures.account(Role.DISTRICT_OFFICER, "530102", null, AccountStatus.ACTIVE);
        browser.get(url(""));
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#vaadinLoginUsername input")));
        browser.findElement(By.cssSelector("#vaadinLoginUsername input")).sendKeys(fixtures.username(id));
        browser.findElement(By.cssSelector("#vaadinLoginPassword input")).sendKeys(Fixtures.PASSWORD, Keys.ENTER);
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("h2"), "您好"));

        browser.get(url("units"));
        wait.until(ExpectedConditions.presenceOfElementLocated(By.tagName("vaadin-grid")));
        browser.findElement(By.cssSelector("vaadin-text-field input")).sendKeys("onerror");
        wait.until(d -> bodyText().contains("window.portalXss=1"));
        screenshot("stored-markup");
        assertThat(((JavascriptExecutor) browser).executeScript("return window.portalXss")).isNull();
        assertThat(browser.findElements(By.cssSelector("vaadin-grid-cell-content img"))).isEmpty();
    }
}
