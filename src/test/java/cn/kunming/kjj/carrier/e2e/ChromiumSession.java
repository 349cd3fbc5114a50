package cn.kunming.kjj.carrier.e2e;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.time.Duration;

/** One fresh headless Chromium per test, closed afterwards; shared by the browser and the SSO tests. */
abstract class ChromiumSession {

    protected WebDriver browser;
    protected WebDriverWait wait;

    @BeforeEach
    void openBrowser() throws Exception {
        browser = HeadlessChromium.start();
        // a wait finds its element afresh on every poll; one that the page replaced meanwhile (a result redrawn
        // after a round trip) is a reason to poll again, not a failure
        wait = new WebDriverWait(browser, Duration.ofSeconds(60));
        wait.ignoring(org.openqa.selenium.StaleElementReferenceException.class);
    }

    @AfterEach
    void closeBrowser() {
        if (browser != null) {
            browser.quit();
        }
    }

    /**
     * Clicks the element once it is there and takes the click: an element the page redrew between finding and
     * clicking (a Vaadin round trip re-rendering it) is found again, as a person would click it again.
     */
    protected void click(By locator) {
        wait.until(d -> {
            try {
                d.findElement(locator).click();
                return true;
            } catch (org.openqa.selenium.StaleElementReferenceException
                     | org.openqa.selenium.ElementNotInteractableException
                     | org.openqa.selenium.NoSuchElementException redrawnOrNotYetThere) {
                return false;
            }
        });
    }

    /** The revision of the last save of a form that saves itself, as its stamp carries it; -1 before the stamp. */
    /**
     * Clicks once the element is there, scrolled into the middle of the app layout first: the page scrolls inside the
     * layout, which the driver's own scrolling does not reach, and a click near the window's edge can land on an overlay.
     */
    protected void clickInView(By locator) {
        wait.until(d -> {
            try {
                WebElement e = d.findElement(locator);
                ((org.openqa.selenium.JavascriptExecutor) d).executeScript(
                        "arguments[0].scrollIntoView({block: 'center'});", e);
                e.click();
                return true;
            } catch (org.openqa.selenium.StaleElementReferenceException
                     | org.openqa.selenium.ElementNotInteractableException
                     | org.openqa.selenium.NoSuchElementException notYet) {
                return false;
            }
        });
    }

    protected int savedRevision() {
        var stamps = browser.findElements(By.cssSelector(".autosave-stamp[data-saved-revision]"));
        return stamps.isEmpty() ? -1 : Integer.parseInt(stamps.getFirst().getDomAttribute("data-saved-revision"));
    }

    protected String bodyText() {
        return browser.findElement(By.tagName("body")).getText();
    }

    protected void screenshot(String name) throws Exception {
        HeadlessChromium.screenshot(browser, name);
    }
}
