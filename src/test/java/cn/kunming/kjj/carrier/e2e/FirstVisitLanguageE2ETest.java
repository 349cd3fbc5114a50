package cn.kunming.kjj.carrier.e2e;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;

/** A first visit speaks the language the browser asks for, in a real browser (issue 24). */
class FirstVisitLanguageE2ETest extends BrowserTest {

    @Test
    void anEnglishBrowserGetsTheLoginPageInEnglishAndAChineseOneInChinese() throws Exception {
        WebDriver english = HeadlessChromium.start("en-US,en");
        try {
            english.get(url("login"));
            try {
                new WebDriverWait(english, Duration.ofSeconds(20))
                        .until(d -> d.findElement(By.tagName("body")).getText().contains("Kunming Science and Technology Bureau"));
            } catch (RuntimeException e) {
                throw new AssertionError("shown: " + english.findElement(By.tagName("body")).getText() + " / lang "
                        + ((org.openqa.selenium.JavascriptExecutor) english).executeScript("return navigator.languages.join(',')"), e);
            }
        } finally {
            english.quit();
        }
        browser.get(url("login"));
        wait.until(d -> d.findElement(By.tagName("body")).getText().contains("昆明市科学技术局"));
        assertThat(browser.findElement(By.tagName("body")).getText()).doesNotContain("Kunming Science and Technology Bureau");
    }
}
