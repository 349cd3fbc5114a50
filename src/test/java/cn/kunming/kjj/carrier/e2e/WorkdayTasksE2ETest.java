package cn.kunming.kjj.carrier.e2e;

import cn.kunming.kjj.carrier.call.CallDraft;
import cn.kunming.kjj.carrier.call.CallService;
import cn.kunming.kjj.carrier.common.AccountId;
import cn.kunming.kjj.carrier.common.CallId;
import cn.kunming.kjj.carrier.common.CarrierKind;
import cn.kunming.kjj.carrier.common.DossierId;
import cn.kunming.kjj.carrier.review.ReviewScenario;
import cn.kunming.kjj.carrier.security.AccountStatus;
import cn.kunming.kjj.carrier.security.Role;
import cn.kunming.kjj.carrier.support.As;
import cn.kunming.kjj.carrier.support.Fixtures;
import cn.kunming.kjj.carrier.tenant.HostUnitService;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentSkipListMap;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The four tasks of issue 25's day, done in Chromium as an officer does them, each timed from its first click to the
 * answer on screen and counted in actions (a click; text typed counts apart). The figures go to
 * {@code target/benchmarks/workday-tasks.md} (docs/benchmarks/results.md carries a run); the test asserts what each
 * task achieved, never how long it took.
 */
class WorkdayTasksE2ETest extends BrowserTest {

    /**
     * A county no other test uses: its lists open on the call of the day whatever other browser tests leave waiting,
     * and what these tasks leave waiting stays out of theirs.
     */
    private static final String DISTRICT = "530129";
    private static final Map<String, String> FIGURES = new ConcurrentSkipListMap<>();

    @Autowired
    ReviewScenario scenario;
    @Autowired
    Fixtures fixtures;
    @Autowired
    CallService calls;
    @Autowired
    HostUnitService units;
    @Autowired
    JdbcTemplate jdbc;

    private int actions;
    private int texts;
    private long started;

    @AfterAll
    static void writeFigures() throws IOException {
        Path file = Path.of("target", "benchmarks", "workday-tasks.md");
        Files.createDirectories(file.getParent());
        StringBuilder md = new StringBuilder("| task (Chromium, headless) | actions | text typed | seconds |\n| --- | --- | --- | --- |\n");
        FIGURES.values().forEach(row -> md.append(row).append('\n'));
        Files.writeString(file, md.toString());
        System.out.println(md);
    }

    /** A call of the day; it closes soon, so that pages whose scope is the whole city keep opening on other tests' calls. */
    private CallId callOfTheDay() {
        As.role(Role.BUREAU_OFFICER, "KMKJJ");
        LocalDateTime now = calls.now();
        CallId call = calls.create(new CallDraft(now.getYear(), Fixtures.unique("一日工作批次"), Set.of(CarrierKind.values()),
                now.minusDays(1), now.plusDays(12), "", List.of()));
        calls.publish(call, 0);
        As.signOut();
        return call;
    }

    private void signIn(Role role, String tenant) {
        signInAs(fixtures.username(fixtures.account(role, tenant, null, AccountStatus.ACTIVE)));
    }

    private void start() {
        actions = 0;
        texts = 0;
        started = System.nanoTime();
    }

    private void record(String order, String task) {
        double seconds = (System.nanoTime() - started) / 1e9;
        FIGURES.put(order, "| " + task + " | " + actions + " | " + texts + " | " + String.format("%.1f", seconds) + " |");
    }

    private void press(By locator) {
        actions++;
        clickInView(locator);
    }

    private void menu(String label) {
        press(By.xpath("//vaadin-side-nav-item[contains(normalize-space(.), '" + label + "')]"));
    }

    private void selectAll() {
        actions++;
        // the header's box, as a pointer ticks it (the driver's own click misses Vaadin's checkbox)
        WebElement box = wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#selectAllCheckbox input")));
        js().executeScript("arguments[0].click();", box);
    }

    /** The dossier list's count of rows (a paged table, decision 0044): -1 until it is drawn. */
    private int tableCount() {
        Object size = js().executeScript(
                "const t = document.querySelector('.paged-table table'); return t ? Number(t.dataset.count) : -1;");
        return ((Number) size).intValue();
    }

    private int gridSize() {
        Object size = js().executeScript("const g = document.querySelector('vaadin-grid'); return g ? g.size : -1;");
        return ((Number) size).intValue();
    }

    private JavascriptExecutor js() {
        return (JavascriptExecutor) browser;
    }

    private String status(DossierId id) {
        return jdbc.queryForObject("select status from dossier where id = ?", String.class, id.value());
    }

    @Test
    void aDistrictFindsADossierByItsUnitsCreditCode() {
        CallId call = callOfTheDay();
        ReviewScenario.Submitted wanted = scenario.submitted(call, DISTRICT);
        scenario.submitted(call, DISTRICT);
        scenario.submitted(call, DISTRICT);
        As.role(Role.BUREAU_OFFICER, "KMKJJ");
        String code = units.find(wanted.unitId()).orElseThrow().creditCode();
        As.signOut();
        signIn(Role.DISTRICT_OFFICER, DISTRICT);

        start();
        menu("申报材料");
        texts++;
        // typed once the list has drawn its bar (a field the page redrew meanwhile is found again)
        wait.until(d -> {
            try {
                d.findElement(By.cssSelector("vaadin-text-field[placeholder^='按名称、单位'] input")).sendKeys(code);
                return true;
            } catch (org.openqa.selenium.StaleElementReferenceException
                     | org.openqa.selenium.ElementNotInteractableException
                     | org.openqa.selenium.NoSuchElementException notYet) {
                return false;
            }
        });
        wait.until(d -> tableCount() == 1);
        Object windowMark = js().executeScript("window.samePage = 'yes'; return window.samePage;");
        press(By.xpath("//table//a[contains(., '" + code + "')]"));
        wait.until(ExpectedConditions.urlContains("dossiers/" + wanted.dossierId()));
        assertThat(js().executeScript("return window.samePage")).as("a row's link opens in the same page, no reload")
                .isEqualTo(windowMark);
        record("1", "district finds a dossier by its unit's credit code (3 of the unit's district waiting)");
    }

    @Test
    void aDistrictRecommendsTenDossiersAtOnce() {
        CallId call = callOfTheDay();
        List<DossierId> waiting = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            waiting.add(scenario.submitted(call, DISTRICT).dossierId());
        }
        signIn(Role.DISTRICT_OFFICER, DISTRICT);

        start();
        menu("推荐审查");
        wait.until(d -> gridSize() == 10);
        selectAll();
        press(By.xpath("//vaadin-button[contains(normalize-space(.), '批量推荐（10）')]"));
        WebElement opinion = wait.until(ExpectedConditions.presenceOfElementLocated(
                By.xpath("//vaadin-dialog//vaadin-text-area[.//label[contains(., '书面意见')]]//textarea")));
        texts++;
        opinion.sendKeys("材料齐全真实，同意推荐。");
        press(By.xpath("//vaadin-dialog//vaadin-button[contains(normalize-space(.), '推荐这 10 件')]"));
        wait.until(d -> waiting.stream().allMatch(id -> "RECOMMENDED".equals(status(id))));
        wait.until(d -> bodyText().contains("已推荐"));
        record("2", "district recommends 10 dossiers (one opinion)");
        assertThat(waiting).allSatisfy(id -> assertThat(status(id)).isEqualTo("RECOMMENDED"));
    }

    @Test
    void theBureauDrawsExpertsForTenDossiersAtOnce() {
        CallId call = callOfTheDay();
        String field = Fixtures.unique("一日领域");
        List<DossierId> recommended = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            DossierId id = scenario.submitted(call, DISTRICT, field).dossierId();
            scenario.recommend(id, DISTRICT);
            recommended.add(id);
        }
        for (int i = 0; i < 6; i++) {
            scenario.expert(Fixtures.unique("一日专家"), field, Fixtures.unique("研究院"), null);
        }
        signIn(Role.BUREAU_OFFICER, "KMKJJ");

        start();
        // the bureau sees every county's calls: the list is opened at the call's address, as its inbox tile does
        actions++;
        browser.get(url("bureau/review?call=" + call));
        wait.until(d -> gridSize() == 10);
        selectAll();
        press(By.xpath("//vaadin-button[contains(normalize-space(.), '批量派专家（10）')]"));
        press(By.xpath("//vaadin-dialog//vaadin-button[contains(normalize-space(.), '为这 10 件抽取专家')]"));
        wait.until(d -> recommended.stream().allMatch(id -> "UNDER_EXPERT_REVIEW".equals(status(id))));
        record("3", "bureau draws experts for 10 dossiers");
        assertThat(recommended).allSatisfy(id -> assertThat(status(id)).isEqualTo("UNDER_EXPERT_REVIEW"));
    }

    @Test
    void backFromADossierReturnsToTheFilteredList() {
        CallId call = callOfTheDay();
        ReviewScenario.Submitted recommended = scenario.submitted(call, DISTRICT);
        DossierId first = recommended.dossierId();
        scenario.submitted(call, DISTRICT);
        scenario.recommend(first, DISTRICT);
        As.role(Role.BUREAU_OFFICER, "KMKJJ");
        String code = units.find(recommended.unitId()).orElseThrow().creditCode();
        As.signOut();
        signIn(Role.DISTRICT_OFFICER, DISTRICT);
        browser.get(url("call-dossiers?call=" + call + "&stage=RECOMMENDED"));
        wait.until(d -> tableCount() == 1);
        press(By.xpath("//table//a[contains(., '" + code + "')]"));
        wait.until(ExpectedConditions.urlContains("dossiers/" + first));
        String list = "call-dossiers";

        start();
        actions++;
        browser.navigate().back();
        wait.until(ExpectedConditions.urlContains(list));
        wait.until(d -> tableCount() == 1);
        record("4", "back from a dossier to the filtered list (call and stage chosen)");
        assertThat(browser.getCurrentUrl()).contains("stage=RECOMMENDED").contains("call=" + call);
    }
}
