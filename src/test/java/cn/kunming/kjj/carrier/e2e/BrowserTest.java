package cn.kunming.kjj.carrier.e2e;

import cn.kunming.kjj.carrier.support.Fixtures;
import cn.kunming.kjj.carrier.support.MovableClock;
import cn.kunming.kjj.carrier.support.TestProfiles;
import org.junit.jupiter.api.Tag;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ActiveProfiles;


/** The portal served over HTTP to Debian's headless Chromium (profile e2e). */
@Tag("browser")
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles(resolver = TestProfiles.class)
@Import({MovableClock.Config.class, cn.kunming.kjj.carrier.support.TypedIdsJdbc.class, Fixtures.class, cn.kunming.kjj.carrier.review.ReviewScenario.class})
abstract class BrowserTest extends ChromiumSession {

    @LocalServerPort
    int port;

    protected String url(String path) {
        return "http://localhost:" + port + "/" + path;
    }

    /** Signs in through the login form and waits for the menu. */
    protected void signInAs(String username) {
        browser.get(url(""));
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#vaadinLoginUsername input")));
        browser.findElement(By.cssSelector("#vaadinLoginUsername input")).sendKeys(username);
        browser.findElement(By.cssSelector("#vaadinLoginPassword input")).sendKeys(Fixtures.PASSWORD, Keys.ENTER);
        wait.until(ExpectedConditions.presenceOfElementLocated(By.tagName("vaadin-side-nav")));
    }

}
