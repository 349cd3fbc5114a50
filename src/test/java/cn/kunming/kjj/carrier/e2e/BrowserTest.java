package cn.kunming.kjj.carrier.e2e;

import cn.kunming.kjj.carrier.support.Fixtures;
import cn.kunming.kjj.carrier.support.MovableClock;
import cn.kunming.kjj.carrier.support.TestProfiles;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ActiveProfiles;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;

/** The portal served over HTTP to Debian's headless Chromium (profile e2e). */
@Tag("browser")
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles(resolver = TestProfiles.class)
@Import({MovableClock.Config.class, Fixtures.class})
abstract class BrowserTest {

    @LocalServerPort
    int port;
    protected WebDriver browser;
    protected WebDriverWait wait;

    @BeforeEach
    void openBrowser() throws Exception {
        ChromeOptions options = new ChromeOptions();
        options.setBinary("/usr/bin/chromium");
        options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--no-first-run", "--lang=zh-CN", "--window-size=1400,1000",
                "--user-data-dir=" + Files.createTempDirectory("chromium-e2e"));
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(new File("/usr/bin/chromedriver")).build();
        browser = new ChromeDriver(service, options);
        wait = new WebDriverWait(browser, Duration.ofSeconds(60));
        browser.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(90));
    }

    @AfterEach
    void closeBrowser() {
        if (browser != null) {
            browser.quit();
        }
    }

    protected String url(String path) {
        return "http://localhost:" + port + "/" + path;
    }

    /** Keeps what the browser showed, for people reviewing a run (target/e2e-screenshots). */
    protected void screenshot(String name) throws Exception {
        Path dir = Path.of("target", "e2e-screenshots");
        Files.createDirectories(dir);
        Files.copy(((TakesScreenshot) browser).getScreenshotAs(OutputType.FILE).toPath(), dir.resolve(name + ".png"),
                StandardCopyOption.REPLACE_EXISTING);
    }

    protected String bodyText() {
        return browser.findElement(By.tagName("body")).getText();
    }

}
