package cn.kunming.kjj.carrier.e2e;

import cn.kunming.kjj.carrier.common.UnitId;
import cn.kunming.kjj.carrier.support.Scenarios;
import cn.kunming.kjj.carrier.call.CallService;
import cn.kunming.kjj.carrier.security.AccountStatus;
import cn.kunming.kjj.carrier.security.Role;
import cn.kunming.kjj.carrier.support.Fixtures;
import cn.kunming.kjj.carrier.tenant.ActivationStatus;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chromium.ChromiumDriver;
import org.openqa.selenium.chromium.ChromiumNetworkConditions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.beans.factory.annotation.Autowired;

import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * An applicant writes a dossier in the browser; what it types is saved without pressing anything, and leaving the
 * page while the last input has not reached the server asks first. Every wait is on an effect of this input (the
 * saved revision moving past the one before typing, the page's own pending state), never on a text that may
 * already be on the page.
 */
class DossierE2ETest extends BrowserTest {

    @Autowired
    Fixtures fixtures;
    @Autowired
    CallService calls;

    private static final String NAME_INPUT = "//vaadin-text-field[.//label[contains(., '拟定名称')]]//input";
    private static final String TYPED = "昆明市生物医药概念验证中心";

    @Test
    void theDraftIsSavedAsTheApplicantTypesAndIsThereAfterReloading() throws Exception {
        openNewDraft();
        int before = savedRevision();

        name().sendKeys(TYPED);
        wait.until(d -> savedRevision() > before);
        wait.until(d -> !leavingAsks());
        assertThat(leavingIsHeldBack()).as("nothing is pending once the save is in").isFalse();
        assertThat(bodyText()).contains("已自动保存于");
        screenshot("dossier-editor");

        browser.navigate().refresh();
        wait.until(d -> TYPED.equals(name().getDomProperty("value")));
        assertThat(savedRevision()).as("the reloaded page shows the revision of the last save").isGreaterThan(before);
        assertThat(bodyText()).contains("上次保存于");
    }

    @Test
    void reloadingWhileTheLastValueIsStillOnItsWayAsksFirstAndStayingKeepsIt() throws Exception {
        openNewDraft();
        int before = savedRevision();
        // a slow line: the save of what is typed is still in flight when the applicant reloads
        ((ChromiumDriver) browser).setNetworkConditions(slowLine());

        name().sendKeys(TYPED);
        assertThat(leavingIsHeldBack()).as("the page asks before it is left").isTrue();

        ((ChromiumDriver) browser).deleteNetworkConditions();
        wait.until(d -> savedRevision() > before);
        wait.until(d -> !leavingAsks());
        browser.navigate().refresh();
        wait.until(d -> TYPED.equals(name().getDomProperty("value")));
    }

    @Test
    void goingElsewhereInThePortalRightAfterTypingKeepsTheValue() throws Exception {
        leaveRightAfterTypingAndComeBack(() ->
                click(By.xpath("//vaadin-side-nav-item[contains(., '本单位申报')]")));
    }

    @Test
    void goingBackRightAfterTypingWithTheCursorStillInTheFieldKeepsTheValue() throws Exception {
        leaveRightAfterTypingAndComeBack(() -> browser.navigate().back());
    }

    /** Types the name, leaves the editor at once the given way (to the list it came from), opens it again. */
    private void leaveRightAfterTypingAndComeBack(Runnable leave) {
        openNewDraft();
        String editor = browser.getCurrentUrl();

        name().sendKeys(TYPED);
        leave.run();
        wait.until(d -> d.getCurrentUrl().endsWith("/my-dossiers"));

        browser.get(editor);
        wait.until(d -> TYPED.equals(name().getDomProperty("value")));
    }

    @Test
    void aPersonTypedButNotAddedKeepsThePageAskingUntilAdded() throws Exception {
        openNewDraft();
        var person = wait.until(ExpectedConditions.presenceOfElementLocated(
                By.xpath("(//vaadin-text-field//input[@placeholder='姓名'])[1]")));
        person.sendKeys("李明");
        wait.until(d -> Boolean.TRUE.equals(js().executeScript(
                "return document.getElementById('dossier-editor').__portalGuard.holds.team === true")));
        assertThat(leavingIsHeldBack()).isTrue();

        int before = savedRevision();
        click(By.xpath("(//vaadin-button[contains(., '添加')])[1]"));
        wait.until(d -> savedRevision() > before);
        wait.until(d -> !leavingAsks());
        browser.navigate().refresh();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("vaadin-grid"), "李明"));
    }

    private void openNewDraft() {
        Scenarios.openCall(calls);
        UnitId unit = fixtures.unit("530102", ActivationStatus.ACTIVE);
        String username = fixtures.username(fixtures.account(Role.APPLICANT, "530102", unit, AccountStatus.ACTIVE));

        browser.get(url(""));
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#vaadinLoginUsername input")));
        browser.findElement(By.cssSelector("#vaadinLoginUsername input")).sendKeys(username);
        browser.findElement(By.cssSelector("#vaadinLoginPassword input")).sendKeys(Fixtures.PASSWORD, Keys.ENTER);
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("h2"), "您好"));

        browser.get(url("my-dossiers"));
        wait.until(ExpectedConditions.presenceOfElementLocated(By.tagName("vaadin-select")));
        click(By.tagName("vaadin-select"));
        click(By.tagName("vaadin-select-item"));
        click(By.xpath("//vaadin-radio-button[contains(., '概念验证中心')]"));
        click(By.xpath("//vaadin-button[contains(., '开始或继续申报')]"));
        wait.until(d -> d.getCurrentUrl().contains("/dossiers/"));
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("dossier-editor")));
        wait.until(d -> savedRevision() >= 0);
    }

    private WebElement name() {
        return wait.until(ExpectedConditions.presenceOfElementLocated(By.xpath(NAME_INPUT)));
    }

    /** Whether leaving the page now would ask first (the page's own answer to its beforeunload question). */
    private boolean leavingAsks() {
        return Boolean.TRUE.equals(js().executeScript(
                "const g = document.getElementById('dossier-editor').__portalGuard; return !!g && g.pending();"));
    }

    /**
     * What the page answers when the browser is about to leave it: a cancelled beforeunload event is the browser's
     * cue to ask the person (whether and how it asks is the browser's part).
     */
    private boolean leavingIsHeldBack() {
        return Boolean.TRUE.equals(js().executeScript(
                "const e = new Event('beforeunload', {cancelable: true}); window.dispatchEvent(e); return e.defaultPrevented;"));
    }

    private JavascriptExecutor js() {
        return (JavascriptExecutor) browser;
    }

    private static ChromiumNetworkConditions slowLine() {
        ChromiumNetworkConditions conditions = new ChromiumNetworkConditions();
        conditions.setLatency(Duration.ofSeconds(3));
        return conditions;
    }
}
