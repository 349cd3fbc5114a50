package cn.kunming.kjj.carrier.e2e;

import cn.kunming.kjj.carrier.annualreport.AnnualReportService;
import cn.kunming.kjj.carrier.call.CallService;
import cn.kunming.kjj.carrier.carrier.CarrierService;
import cn.kunming.kjj.carrier.common.CallId;
import cn.kunming.kjj.carrier.common.CarrierId;
import cn.kunming.kjj.carrier.common.CarrierKind;
import cn.kunming.kjj.carrier.common.DossierId;
import cn.kunming.kjj.carrier.common.ReportId;
import cn.kunming.kjj.carrier.dossier.DossierService;
import cn.kunming.kjj.carrier.publicity.PublicNoticeService;
import cn.kunming.kjj.carrier.review.ReviewScenario;
import cn.kunming.kjj.carrier.security.PortalUser;
import cn.kunming.kjj.carrier.support.As;
import cn.kunming.kjj.carrier.support.Fixtures;
import cn.kunming.kjj.carrier.support.MovableClock;
import cn.kunming.kjj.carrier.support.Scenarios;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.chromium.ChromiumDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.beans.factory.annotation.Autowired;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 25, part 8: the applicant on a phone, 390×844 CSS pixels as Chromium's device emulation shows them. On each of
 * its pages — home, its dossiers, the dossier editor with its uploads, the yearly reports and the report editor —
 * nothing overflows sideways, the top bar stays one line high and the menu waits behind the drawer toggle.
 */
class PhoneLayoutE2ETest extends BrowserTest {

    private static final int WIDTH = 390;
    private static final int HEIGHT = 844;

    @Autowired
    ReviewScenario scenario;
    @Autowired
    CallService calls;
    @Autowired
    DossierService dossiers;
    @Autowired
    PublicNoticeService notices;
    @Autowired
    CarrierService carriers;
    @Autowired
    AnnualReportService reports;
    @Autowired
    MovableClock clock;
    @Autowired
    Fixtures fixtures;

    @AfterEach
    void reset() {
        As.signOut();
        clock.reset();
    }

    private void phone() {
        ((ChromiumDriver) browser).executeCdpCommand("Emulation.setDeviceMetricsOverride", Map.of("width", WIDTH,
                "height", HEIGHT, "deviceScaleFactor", 2, "mobile", true));
    }

    private void signIn(PortalUser user) {
        browser.get(url(""));
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#vaadinLoginUsername input")));
        browser.findElement(By.cssSelector("#vaadinLoginUsername input")).sendKeys(fixtures.username(user.accountId()));
        browser.findElement(By.cssSelector("#vaadinLoginPassword input")).sendKeys(Fixtures.PASSWORD, Keys.ENTER);
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("h2"), "您好"));
    }

    /** Opens the page, waits for its heading, and asserts what a phone needs of it. */
    private void fitsThePhone(String path, String shot) throws Exception {
        browser.get(url(path));
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("vaadin-app-layout h2")));
        // let the layout settle (web components upgrade, grids size their columns)
        wait.until(d -> Boolean.TRUE.equals(js().executeScript("return document.readyState === 'complete'")));
        Thread.sleep(800);
        // the development tools' own popover is not the portal's: out of the picture
        js().executeScript("document.querySelectorAll('vaadin-dev-tools, copilot-main').forEach(t => t.remove())");
        screenshot("phone-" + shot);
        long innerWidth = number("return window.innerWidth");
        assertThat(innerWidth).as("the emulated phone").isEqualTo(WIDTH);
        assertThat(number("return document.scrollingElement.scrollWidth")).as(path + ": nothing overflows sideways")
                .isLessThanOrEqualTo(innerWidth);
        // the layout scrolls its content itself: nothing there is wider than the screen either
        assertThat(number(PAGE_OVERFLOW)).as(path + ": the page inside the layout does not scroll sideways").isLessThanOrEqualTo(0);
        assertThat(number("return document.querySelector('.portal-navbar').getBoundingClientRect().height"))
                .as(path + ": the top bar is one line").isLessThanOrEqualTo(56);
        assertThat(Boolean.TRUE.equals(js().executeScript(
                "return document.querySelector('vaadin-app-layout').hasAttribute('overlay')")))
                .as(path + ": the menu is a drawer behind its toggle").isTrue();
        assertThat(number("const l = document.querySelector('vaadin-app-layout');"
                + "return l.hasAttribute('drawer-opened') ? 1 : 0")).as(path + ": the drawer starts closed").isZero();
    }

    /** How far the layout's scrolling content area, or the view in it, is wider than what it shows. */
    private static final String PAGE_OVERFLOW = "const l = document.querySelector('vaadin-app-layout');"
            + "const areas = [l.shadowRoot.querySelector('[content]'), l.querySelector(':scope > :not([slot])')];"
            + "return Math.max(...areas.filter(a => a).map(a => a.scrollWidth - a.clientWidth));";

    private long number(String script) {
        return Math.round(((Number) js().executeScript(script)).doubleValue());
    }

    private JavascriptExecutor js() {
        return (JavascriptExecutor) browser;
    }

    @Test
    void theApplicantsPagesFitA390PixelPhoneWithoutScrollingSideways() throws Exception {
        CallId call = Scenarios.openCall(calls);
        ReviewScenario.Submitted submitted = scenario.submitted(call, ReviewScenario.DISTRICT);
        As.signIn(submitted.applicant());
        DossierId draft = dossiers.open(call, CarrierKind.PILOT_PLATFORM);
        As.signOut();

        phone();
        signIn(submitted.applicant());
        fitsThePhone("applicant", "home");
        fitsThePhone("my-dossiers", "my-dossiers");
        fitsThePhone("dossiers/" + draft.value(), "dossier-editor");
        browser.findElement(By.tagName("vaadin-upload")).getLocation();
        js().executeScript("document.querySelector('vaadin-upload').scrollIntoView()");
        screenshot("phone-upload");
        assertThat(number("return document.scrollingElement.scrollWidth")).as("the uploads fit too")
                .isLessThanOrEqualTo(WIDTH);
        assertThat(number(PAGE_OVERFLOW)).as("the uploads fit inside the layout too").isLessThanOrEqualTo(0);
        fitsThePhone("dossiers/" + submitted.dossierId().value(), "dossier-submitted");
    }

    @Test
    void aCarriersYearlyReportFitsA390PixelPhoneWithoutScrollingSideways() throws Exception {
        CallId call = Scenarios.openCall(calls);
        CarrierId carrier = scenario.approvedCarrier(call, ReviewScenario.DISTRICT, clock, notices, carriers);
        PortalUser applicant = scenario.lastApplicant;
        int year = LocalDate.now(clock).getYear();
        clock.set(LocalDate.of(year + 1, 1, 15).atTime(9, 0).atZone(ZoneId.of("Asia/Shanghai")).toInstant());
        As.signIn(applicant);
        ReportId report = reports.open(carrier, year);
        As.signOut();

        phone();
        signIn(applicant);
        fitsThePhone("reports", "reports");
        fitsThePhone("reports/" + report.value(), "report-editor");
    }
}
