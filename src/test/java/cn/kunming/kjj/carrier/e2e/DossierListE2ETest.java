package cn.kunming.kjj.carrier.e2e;

import cn.kunming.kjj.carrier.common.CallId;
import cn.kunming.kjj.carrier.common.ui.PagedTable;
import cn.kunming.kjj.carrier.review.ReviewScenario;
import cn.kunming.kjj.carrier.security.AccountStatus;
import cn.kunming.kjj.carrier.security.Role;
import cn.kunming.kjj.carrier.support.Fixtures;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The dossier list as a paged table of links (decision 0044) in a real browser: its pager, header and row links
 * navigate within the page (no reload), a ticked box reaches the server, and Back returns to the page left.
 */
class DossierListE2ETest extends BrowserTest {

    /** A county no other browser test uses, so that the call's list holds exactly this test's dossiers. */
    private static final String COUNTY = "530127";

    @Autowired
    Fixtures fixtures;
    @Autowired
    ReviewScenario scenario;

    @Test
    void theListPagesSortsAndTicksByLinksAndBoxesWithoutReloadingAndBackReturnsToThePageLeft() throws Exception {
        CallId call = scenario.openCall();
        for (int i = 0; i < PagedTable.PAGE_SIZE + 2; i++) {
            scenario.submitted(call, COUNTY);
        }
        signInAs(fixtures.username(fixtures.account(Role.DISTRICT_OFFICER, COUNTY, null, AccountStatus.ACTIVE)));
        browser.get(url("call-dossiers?call=" + call + "&page=99&pos=7"));
        wait.until(d -> count() == PagedTable.PAGE_SIZE + 2);
        assertThat(browser.getCurrentUrl()).as("the address names the page shown: the last").endsWith(
                "call-dossiers?call=" + call + "&page=2");
        browser.get(url("call-dossiers?call=" + call));
        wait.until(d -> rows() == PagedTable.PAGE_SIZE);
        assertThat(js().executeScript("return getComputedStyle(document.querySelector('.paged-table table'))"
                + ".borderCollapse")).as("the portal's stylesheet reaches the table").isEqualTo("collapse");
        Object mark = js().executeScript("window.samePage = 'yes'; window.cspViolations = [];"
                + " document.addEventListener('securitypolicyviolation', e => window.cspViolations.push("
                + "e.violatedDirective + ' ' + e.blockedURI)); return window.samePage;");

        clickInView(By.xpath("//nav[contains(@class,'pager')]//a[.='下一页']"));
        wait.until(ExpectedConditions.urlContains("page=2"));
        wait.until(d -> rows() == 2);
        clickInView(By.xpath("//th/a[starts-with(., '拟定名称')]"));
        wait.until(ExpectedConditions.urlContains("sort=NAME"));
        wait.until(d -> rows() == PagedTable.PAGE_SIZE);
        assertThat(browser.getCurrentUrl()).as("a new order starts at the first page").doesNotContain("page=");
        assertThat(browser.findElement(By.xpath("//th[a[starts-with(., '拟定名称')]]")).getAttribute("aria-sort"))
                .isEqualTo("ascending");
        clickInView(By.xpath("//nav[contains(@class,'pager')]//a[.='末页']"));
        wait.until(ExpectedConditions.urlContains("page=2"));
        wait.until(d -> rows() == 2);

        clickInView(By.cssSelector(".paged-table thead input"));
        wait.until(d -> d.findElement(By.xpath("//a[contains(., '导出所选')]")).getText().contains("已选 2 条"));
        clickInView(By.cssSelector(".paged-table tbody tr:first-child td.select input"));
        wait.until(d -> d.findElement(By.xpath("//a[contains(., '导出所选')]")).getText().contains("已选 1 条"));
        assertThat(browser.findElement(By.cssSelector(".paged-table thead input")).isSelected())
                .as("the page's box follows its rows").isFalse();

        screenshot("dossier-list-paged");
        WebElement name = browser.findElement(By.cssSelector(".paged-table tbody tr:first-child td:nth-child(4) a"));
        String opens = name.getAttribute("href");
        name.sendKeys(Keys.ENTER);
        wait.until(ExpectedConditions.urlContains("dossiers/"));
        assertThat(opens).as("Enter on the focused row's link opens its dossier").endsWith(browser.getCurrentUrl()
                .substring(browser.getCurrentUrl().indexOf("dossiers/")));
        assertThat(js().executeScript("return window.samePage")).as("no page was reloaded").isEqualTo(mark);

        browser.navigate().back();
        wait.until(ExpectedConditions.urlContains("call-dossiers"));
        wait.until(d -> rows() == 2);
        assertThat(browser.getCurrentUrl()).contains("sort=NAME", "page=2");
        wait.until(d -> d.findElements(By.cssSelector(".paged-table tbody input:checked")).size() == 1);
        assertThat(browser.findElement(By.xpath("//a[contains(., '导出所选')]")).getText())
                .as("Back from the dossier keeps the tick").contains("已选 1 条");
        assertThat(js().executeScript("return window.cspViolations")).asList().as("blocked by the CSP").isEmpty();
    }

    private int count() {
        return number("const t = document.querySelector('.paged-table table'); return t ? Number(t.dataset.count) : -1;");
    }

    private int rows() {
        return number("const t = document.querySelector('.paged-table table'); return t ? Number(t.dataset.rows) : -1;");
    }

    private int number(String script) {
        return ((Number) js().executeScript(script)).intValue();
    }

    private JavascriptExecutor js() {
        return (JavascriptExecutor) browser;
    }
}
