package cn.kunming.kjj.carrier.e2e;

import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;

/**
 * Debian's Chromium and ChromeDriver, headless, with a fresh profile and no background networking (this network
 * is closed; Selenium's own driver download cannot work here).
 */
final class HeadlessChromium {

    private HeadlessChromium() {
    }

    static WebDriver start() throws IOException {
        return start("zh-CN,zh");
    }

    /** A browser whose person prefers the languages given, most preferred first (tags only, as Chromium takes them). */
    static WebDriver start(String acceptLanguages) throws IOException {
        ChromeOptions options = new ChromeOptions();
        options.setBinary("/usr/bin/chromium");
        options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--no-first-run", "--lang=" + acceptLanguages.split("[,;]")[0], "--window-size=1400,1000",
                "--user-data-dir=" + Files.createTempDirectory("chromium-e2e"));
        // headless Chromium ignores --lang for Accept-Language; the portal follows that header on a first visit
        options.setExperimentalOption("prefs", java.util.Map.of("intl.accept_languages", acceptLanguages));
        WebDriver browser = new ChromeDriver(new ChromeDriverService.Builder()
                .usingDriverExecutable(new File("/usr/bin/chromedriver")).build(), options);
        browser.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(90));
        return browser;
    }

    /**
     * The file input of a vaadin-upload (in its light or shadow tree), emptied and made visible for the driver to fill:
     * the driver adds to the files an input already holds, where a person's file dialog starts afresh.
     */
    static WebElement fileInput(WebDriver browser, WebElement upload) {
        return (WebElement) ((JavascriptExecutor) browser).executeScript("""
                const upload = arguments[0];
                const input = upload.querySelector('input[type=file]')
                    || (upload.shadowRoot && upload.shadowRoot.querySelector('input[type=file]'));
                input.value = '';
                input.hidden = false;
                input.style.display = 'block';
                return input;""", upload);
    }

    /** Keeps what the browser showed, for people reviewing a run (target/e2e-screenshots). */
    static void screenshot(WebDriver browser, String name) throws IOException {
        Path dir = Path.of("target", "e2e-screenshots");
        Files.createDirectories(dir);
        Files.copy(((TakesScreenshot) browser).getScreenshotAs(OutputType.FILE).toPath(), dir.resolve(name + ".png"),
                StandardCopyOption.REPLACE_EXISTING);
    }
}
