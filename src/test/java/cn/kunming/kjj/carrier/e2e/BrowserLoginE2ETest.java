package cn.kunming.kjj.carrier.e2e;

import cn.kunming.kjj.carrier.security.AccountStatus;
import cn.kunming.kjj.carrier.security.Role;
import cn.kunming.kjj.carrier.support.Fixtures;
import cn.kunming.kjj.carrier.support.MovableClock;
import cn.kunming.kjj.carrier.support.TestProfiles;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ActiveProfiles;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;

/** The portal served over HTTP to Debian's headless Chromium: the login a district officer goes through. */
@Tag("browser")
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles(resolver = TestProfiles.class)
@Import({MovableClock.Config.class, Fixtures.class})
class BrowserLoginE2ETest {

    @LocalServerPort
    int port;
    @Autowired
    Fixtures fixtures;

    private WebDriver browser;
    private WebDriverWait wait;

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
    }

    @AfterEach
    void closeBrowser() {
        if (browser != null) {
            browser.quit();
        }
    }

    private String url(String path) {
        return "http://localhost:" + port + "/" + path;
    }

    private void signIn(String username, String password) {
        browser.get(url(""));
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#vaadinLoginUsername input")));
        browser.findElement(By.cssSelector("#vaadinLoginUsername input")).sendKeys(username);
        browser.findElement(By.cssSelector("#vaadinLoginPassword input")).sendKeys(password, Keys.ENTER);
    }

    /** Keeps what the browser showed, for people reviewing a run (target/e2e-screenshots). */
    private void screenshot(String name) throws Exception {
        Path dir = Path.of("target", "e2e-screenshots");
        Files.createDirectories(dir);
        Files.copy(((TakesScreenshot) browser).getScreenshotAs(OutputType.FILE).toPath(), dir.resolve(name + ".png"),
                StandardCopyOption.REPLACE_EXISTING);
    }

    private String bodyText() {
        return browser.findElement(By.tagName("body")).getText();
    }

    @Test
    void aDistrictOfficerSignsInAndSeesAChineseHomeWithOnlyItsViews() throws Exception {
        long id = fixtures.account(Role.DISTRICT_OFFICER, "530102", null, AccountStatus.ACTIVE);
        signIn(fixtures.username(id), Fixtures.PASSWORD);

        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("h2"), "您好"));
        assertThat(browser.getCurrentUrl()).contains("/district");
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("vaadin-side-nav"), "单位账户激活"));
        String nav = browser.findElement(By.tagName("vaadin-side-nav")).getText();
        assertThat(nav).contains("首页", "依托单位", "单位账户激活").doesNotContain("审计日志", "属地管理");
        screenshot("district-home");
    }

    @Test
    void aViewOfAnotherRoleAndAnAddressThatDoesNotExistLookTheSame() {
        long id = fixtures.account(Role.DISTRICT_OFFICER, "530102", null, AccountStatus.ACTIVE);
        signIn(fixtures.username(id), Fixtures.PASSWORD);
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("h2"), "您好"));

        browser.get(url("audit"));
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("body"), "页面不存在"));
        String denied = bodyText();
        browser.get(url("no-such-page"));
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("body"), "页面不存在"));
        assertThat(bodyText()).isEqualTo(denied);
    }

    @Test
    void aWrongPasswordIsAnsweredInChineseWithTheLockoutWarning() throws Exception {
        long id = fixtures.account(Role.DISTRICT_OFFICER, "530102", null, AccountStatus.ACTIVE);
        signIn(fixtures.username(id), "wrong-password1");
        wait.until(d -> d.getCurrentUrl().contains("error"));
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("vaadin-login-form"), "用户名或密码错误"));
        assertThat(browser.findElement(By.tagName("vaadin-login-form")).getText()).contains("15 分钟");
        screenshot("login-wrong-password");
    }
}
