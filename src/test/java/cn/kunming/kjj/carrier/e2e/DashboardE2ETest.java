package cn.kunming.kjj.carrier.e2e;

import cn.kunming.kjj.carrier.common.AccountId;
import cn.kunming.kjj.carrier.common.CallId;
import cn.kunming.kjj.carrier.review.ReviewScenario;
import cn.kunming.kjj.carrier.security.AccountStatus;
import cn.kunming.kjj.carrier.security.Role;
import cn.kunming.kjj.carrier.support.Fixtures;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.beans.factory.annotation.Autowired;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The bureau's dashboard in a real browser: ECharts loads from its webjar and a figure opens its list. */
class DashboardE2ETest extends BrowserTest {

    @Autowired
    Fixtures fixtures;
    @Autowired
    ReviewScenario scenario;

    @Test
    void theBureauSeesChartsDrawnByEChartsAndATableFigureOpensItsList() throws Exception {
        CallId call = scenario.openCall();
        scenario.submitted(call, "530102");
        scenario.submitted(call, "530103");
        AccountId id = fixtures.account(Role.BUREAU_OFFICER, "KMKJJ", null, AccountStatus.ACTIVE);
        browser.get(url(""));
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#vaadinLoginUsername input")));
        browser.findElement(By.cssSelector("#vaadinLoginUsername input")).sendKeys(fixtures.username(id));
        browser.findElement(By.cssSelector("#vaadinLoginPassword input")).sendKeys(Fixtures.PASSWORD, Keys.ENTER);

        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".portal-chart svg")));
        List<WebElement> charts = browser.findElements(By.cssSelector(".portal-chart"));
        assertThat(charts).hasSizeGreaterThan(8);
        assertThat(charts.getFirst().getAttribute("role")).isEqualTo("img");
        assertThat(browser.findElements(By.cssSelector(".portal-chart svg"))).hasSameSizeAs(charts);
        screenshot("bureau-dashboard");

        // from here on, anything the Content-Security-Policy blocks is recorded
        js().executeScript("window.cspViolations = []; document.addEventListener('securitypolicyviolation',"
                + " e => window.cspViolations.push(e.violatedDirective + ' ' + e.blockedURI));");
        WebElement link = browser.findElements(By.cssSelector("table.figure-table a.drill")).getFirst();
        String count = link.getText();
        String href = link.getAttribute("href");
        // the page scrolls inside the app layout, which the driver's own scrolling does not reach (the first table now
        // sits in the opened fold of the newest call, below the inbox)
        js().executeScript("arguments[0].scrollIntoView({block: 'center'});", link);
        link.click();
        wait.until(ExpectedConditions.urlContains("call-dossiers"));
        assertThat(href).contains("call-dossiers");
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".paged-table table")));
        wait.until(d -> String.valueOf(((org.openqa.selenium.JavascriptExecutor) d)
                .executeScript("return document.querySelector('.paged-table table').dataset.count")).equals(count));

        browser.navigate().back();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".portal-chart svg")));
        assertThat(js().executeScript("return window.cspViolations")).asList().as("blocked by the CSP").isEmpty();

        // a click on a chart's item sends the address of its list, as portal-charts.js does; anything else opens nothing
        String relative = href.substring(href.indexOf("call-dossiers"));
        js().executeScript("document.querySelector('.dashboard').$server.drill('https://elsewhere.example/')");
        js().executeScript("document.querySelector('.dashboard').$server.drill(arguments[0])", relative);
        wait.until(ExpectedConditions.urlContains("call-dossiers"));
        assertThat(browser.getCurrentUrl()).doesNotContain("elsewhere");
    }

    private org.openqa.selenium.JavascriptExecutor js() {
        return (org.openqa.selenium.JavascriptExecutor) browser;
    }
}
