package cn.kunming.kjj.carrier.e2e;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.openqa.selenium.By;
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
        wait = new WebDriverWait(browser, Duration.ofSeconds(60));
    }

    @AfterEach
    void closeBrowser() {
        if (browser != null) {
            browser.quit();
        }
    }

    protected String bodyText() {
        return browser.findElement(By.tagName("body")).getText();
    }

    protected void screenshot(String name) throws Exception {
        HeadlessChromium.screenshot(browser, name);
    }
}
