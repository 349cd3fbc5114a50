package cn.kunming.kjj.carrier.e2e;

import cn.kunming.kjj.carrier.call.CallService;
import cn.kunming.kjj.carrier.common.CallId;
import cn.kunming.kjj.carrier.common.UnitId;
import cn.kunming.kjj.carrier.review.ReviewScenario;
import cn.kunming.kjj.carrier.security.AccountStatus;
import cn.kunming.kjj.carrier.security.Role;
import cn.kunming.kjj.carrier.support.As;
import cn.kunming.kjj.carrier.support.Fixtures;
import cn.kunming.kjj.carrier.support.MovableClock;
import cn.kunming.kjj.carrier.tenant.ActivationStatus;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.interactions.MoveTargetOutOfBoundsException;
import org.springframework.beans.factory.annotation.Autowired;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.openqa.selenium.support.ui.ExpectedConditions.presenceOfElementLocated;
import static org.openqa.selenium.support.ui.ExpectedConditions.textToBePresentInElementLocated;

/**
 * The whole life of a carrier in Chromium, role by role, each person signing in through the login page, with the
 * detours a careless person takes on the way (issue 24): a negative figure, a date typed with slashes or in Chinese,
 * an .exe, a reload in the middle of the form, a return for revision, a score out of range, a withdrawn notice. Each
 * step waits on an effect of its own input (the saved revision moving, the page's answer to the click), never on time
 * passing; only the portal's clock is moved, past the notice period.
 */
class CarrierLifecycleE2ETest extends BrowserTest {

    private static final DateTimeFormatter SLASHES = DateTimeFormatter.ofPattern("yyyy/MM/dd");
    private static final DateTimeFormatter CHINESE = DateTimeFormatter.ofPattern("yyyy年M月d日");
    /** The score fields of the sheet, one per weighted criterion (the dossier beside it has figures of its own). */
    private static final String SCORE = "(//vaadin-integer-field[.//label[contains(., '（权重')]])";

    @Autowired
    Fixtures fixtures;
    @Autowired
    ReviewScenario scenario;
    @Autowired
    CallService calls;
    @Autowired
    MovableClock clock;

    private LocalDate today;
    private String field;
    private String name;
    private String callTitle;

    @AfterEach
    void clockBackToNow() {
        clock.reset();
    }

    @Test
    void aCarrierIsBornThroughThePortalWhateverItsPeopleTypeOnTheWay() throws Throwable {
        today = LocalDate.now(clock);
        field = Fixtures.unique("合成生物");
        name = "昆明市" + field + "概念验证中心";
        CallId call = scenario.openCall();
        UnitId unit = fixtures.unit(ReviewScenario.DISTRICT, ActivationStatus.ACTIVE);
        As.role(Role.BUREAU_OFFICER, "KMKJJ");
        callTitle = calls.publishedCall(call).orElseThrow().title();
        As.signOut();
        String applicant = user(Role.APPLICANT, ReviewScenario.DISTRICT, unit);
        String district = user(Role.DISTRICT_OFFICER, ReviewScenario.DISTRICT, null);
        String bureau = user(Role.BUREAU_OFFICER, "KMKJJ", null);
        // three experts of the dossier's field alone, so that the draw by field finds exactly them
        List<String> experts = Stream.generate(() -> scenario.expert(Fixtures.unique("评审专家"), field,
                Fixtures.unique("研究院"), null).user().username()).limit(3).toList();

        step("applicant-drafts", () -> applicantWritesAndSubmits(applicant));
        step("district-returns", () -> districtReturns(district));
        step("applicant-resubmits", () -> applicantRevisesAndResubmits(applicant));
        step("district-recommends", () -> districtIsToldAndRecommends(district));
        step("bureau-draws", () -> bureauDrawsExpertsOfTheField(bureau));
        step("expert-careless", () -> expertScores(experts.get(0), true));
        step("expert-2", () -> expertScores(experts.get(1), false));
        step("expert-3", () -> expertScores(experts.get(2), false));
        step("bureau-decides", () -> bureauRecordsTheCollectiveDecision(bureau));
        step("notice-withdrawn", () -> bureauPublishesAndWithdraws(bureau));
        step("notice-closed", () -> bureauPublishesAgainAndFilesAfterThePeriod(bureau));
        step("unit-home", () -> unitSeesItsCarrierAndStartsTheYearlyReport(applicant));
    }

    // 1. the applicant: a draft, with a negative figure, an .exe and a reload on the way

    private void applicantWritesAndSubmits(String applicant) throws Exception {
        signIn(applicant, "my-dossiers");
        chooseCall();
        choose("", "概念验证中心");
        press(button("开始或继续申报"));
        wait.until(presenceOfElementLocated(By.id("dossier-editor")));
        typeAndSave(input("vaadin-text-field", "拟定名称"), name);
        By systems = input("vaadin-text-area", "组织管理制度");
        typeAndSave(systems, "验证项目管理办法、保密制度");

        By area = By.xpath("//vaadin-big-decimal-field[.//label[contains(., '服务场地面积')]]");
        typeAndSave(input("vaadin-big-decimal-field", "服务场地面积"), "-100");
        wait.until(d -> d.findElement(area).getDomAttribute("invalid") != null
                && d.findElement(area).getText().contains("不能为负数（当前为 -100）"));
        browser.navigate().refresh();
        wait.until(d -> "验证项目管理办法、保密制度".equals(d.findElement(systems).getDomProperty("value"))
                && d.findElement(area).getText().contains("不能为负数（当前为 -100）"));
        assertThat(bodyText()).as("the stored draft opens, with what was typed and what is wrong").contains(name)
                .doesNotContain("请求时出现错误");
        typeAndSave(input("vaadin-big-decimal-field", "服务场地面积"), "250");
        wait.until(d -> d.findElement(area).getDomAttribute("invalid") == null);

        typeAndSave(input("vaadin-text-field", "产业领域"), field);
        for (String[] figure : new String[][]{{"vaadin-integer-field", "专业化运营团队人数", "6"},
                {"vaadin-integer-field", "顾问团队人数", "5"}, {"vaadin-integer-field", "其中技术经纪", "1"},
                {"vaadin-integer-field", "储备项目数", "3"}, {"vaadin-big-decimal-field", "概念验证技术服务年收入", "50"}}) {
            typeAndSave(input(figure[0], figure[1]), figure[2]);
        }
        for (String box : new String[]{"在昆明市内合法经营", "具备独立法人资格", "中心负责人具有技术转移", "近 2 年内开展过概念验证服务",
                "原理验证", "本单位承诺"}) {
            tick(box);
        }
        upload(file("setup.exe", "MZ\u0090 a program"));
        wait.until(d -> bodyText().contains("文件“setup.exe”的类型不可上传，仅接受 PDF/OFD/JPG/JPEG/PNG"));
        upload(file("营业执照.pdf", "MZ\u0090 a program named as a PDF"));
        wait.until(d -> bodyText().contains("附件“营业执照.pdf”不是 PDF、OFD、JPG 或 PNG 文件（按文件内容判断），未上传。"));
        wait.until(d -> bodyText().contains("必填内容已齐全。"));
        submitDossier(1);
    }

    private void submitDossier(int version) {
        press(button("提交申报"));
        confirm("提交后申报材料锁定，由属地科技管理部门审核推荐", "提交申报");
        wait.until(d -> bodyText().contains("已提交（第 " + version + " 版），内容已锁定。"));
    }

    // 2. the district returns it with an opinion; the applicant revises; the district is told and recommends

    private void districtReturns(String district) {
        signIn(district, "district/review");
        chooseCall();
        press(cell(name));
        press(button("全部标为齐全属实"));
        String systems = "//vaadin-radio-group[.//label[contains(., '管理制度')]]";
        choose(systems, "有问题");
        type(By.xpath(systems + "/following-sibling::vaadin-text-field[1]//input"), "请补充科研诚信和伦理规范制度");
        type(input("vaadin-text-area", "书面意见"), "管理制度不完整，请补充后重新提交。");
        typeDate("重新提交期限", today.plusDays(14).format(SLASHES), today.plusDays(14));
        press(button("退回修改"));
        wait.until(d -> bodyText().contains("已退回修改。"));
    }

    private void applicantRevisesAndResubmits(String applicant) {
        signIn(applicant, "my-dossiers");
        press(cell("退回修改"));
        String banner = wait.until(presenceOfElementLocated(By.id("return-banner"))).getText();
        assertThat(banner).contains("请在 " + today.plusDays(14) + " 前修改后重新提交", "管理制度不完整，请补充后重新提交。");
        assertThat(bodyText()).contains("审查意见：请补充科研诚信和伦理规范制度");
        typeAndSave(input("vaadin-text-area", "组织管理制度"), "验证项目管理办法、保密制度、科研诚信和伦理规范制度");
        submitDossier(2);
    }

    private void districtIsToldAndRecommends(String district) {
        signIn(district, "notifications");
        press(cell("提交了申报“" + name + "”（第 2 版），请审核推荐（P4.3）。"));
        wait.until(d -> d.getCurrentUrl().contains("district/review/dossier/"));
        assertThat(bodyText()).as("the revised text, as resubmitted").contains("科研诚信和伦理规范制度");
        press(button("全部标为齐全属实"));
        type(input("vaadin-text-area", "书面意见"), "材料齐全真实，同意推荐。");
        press(button("推荐"));
        confirm("的申报材料将报送市科技局组织专家评审（P4.3、P4.4），属地不能再退回或撤销推荐", "推荐");
        wait.until(d -> bodyText().contains("已推荐。"));
    }

    // 3. the bureau draws experts of the field; each declares no conflict and scores; the bureau decides

    private void bureauDrawsExpertsOfTheField(String bureau) {
        signIn(bureau, "bureau/review");
        chooseCall();
        press(button("按领域派 3 名专家"));
        wait.until(d -> bodyText().contains("已随机抽取："));
        wait.until(textToBePresentInElementLocated(By.tagName("vaadin-grid"), "待声明利益冲突"));
    }

    private void expertScores(String expert, boolean careless) {
        signIn(expert, "expert/reviews");
        press(cell(name));
        choose("", "不存在利害关系");
        press(button("提交声明"));
        By first = By.xpath(SCORE + "[1]");
        if (careless) {
            type(By.xpath(SCORE + "[1]//input"), "150");
            wait.until(d -> d.findElement(first).getDomAttribute("invalid") != null
                    && d.findElement(first).getText().contains("不能大于 100"));
        }
        for (int i = 1; i <= browser.findElements(By.xpath(SCORE)).size(); i++) {
            type(By.xpath(SCORE + "[" + i + "]//input"), "80");
        }
        wait.until(d -> d.findElement(first).getDomAttribute("invalid") == null);
        type(input("vaadin-text-area", "评审意见"), "现场核查属实，基础扎实。");
        choose("", "推荐");
        press(button("提交评分"));
        confirm("提交后评分表不能再修改（P4.4）。加权总分：80", "提交评分");
        wait.until(d -> bodyText().contains("评分已提交。"));
    }

    private void bureauRecordsTheCollectiveDecision(String bureau) {
        signIn(bureau, "bureau/decision");
        chooseCall();
        press(By.xpath("//vaadin-grid-cell-content//vaadin-select"));
        press(By.xpath("//vaadin-select-item[contains(., '列入拟培育名单')]"));
        typeDate("会议日期", today.format(CHINESE), today);
        type(input("vaadin-text-field", "会议纪要号"), "局务会纪要〔" + today.getYear() + "〕12号");
        press(button("记录集体研究决定"));
        confirm("集体研究决定记录后不可更改：拟认定的申报进入公示", "记录集体研究决定");
        wait.until(d -> bodyText().contains("已记录 1 项决定。"));
    }

    // 4. the notice: published, withdrawn with a public reason, published again, filed after its period

    private void bureauPublishesAndWithdraws(String bureau) throws Exception {
        signIn(bureau, "bureau/notices");
        chooseCall();
        publishNotice();
        press(button("撤回公示"));
        type(input("vaadin-text-area", "理由（公开）"), "名单中单位名称有误，更正后重新公示。");
        confirm("撤回后，本公示仍然公开并标明“已撤回”及理由", "撤回公示");
        wait.until(d -> bodyText().contains("公示已撤回，1 份申报回到拟认定名单"));
        String withdrawn = wait.until(presenceOfElementLocated(By.xpath("//a[contains(., '撤回：名单中单位名称有误')]")))
                .getDomAttribute("href");

        signOut();
        browser.get(url(withdrawn));
        wait.until(d -> bodyText().contains("名单中单位名称有误，更正后重新公示。"));
        assertThat(bodyText()).containsPattern("本公示已于 " + today + " \\d{2}:\\d{2} 撤回。理由：名单中单位名称有误")
                .contains(name);
    }

    private void bureauPublishesAgainAndFilesAfterThePeriod(String bureau) {
        signIn(bureau, "bureau/notices");
        chooseCall();
        LocalDate filed = publishNotice().plusDays(1);
        clock.set(filed.atTime(9, 0).atZone(ZoneId.of("Asia/Shanghai")).toInstant());
        browser.navigate().refresh();
        chooseCall();
        type(input("vaadin-integer-field", "发文序号"), String.valueOf(100 + System.nanoTime() % 800));
        typeDate("备案日期", filed.format(CHINESE), filed);
        press(button("保存"));
        wait.until(d -> bodyText().contains("发文文号：昆科发〔"));
        press(button("结束公示并发文备案"));
        confirm("名单上仍在公示的 1 家单位（异议成立的除外）列入培育名单", "结束公示并发文备案");
        wait.until(d -> bodyText().contains("公示已结束：1 家单位列入培育名单。"));

        browser.get(url("carriers"));
        wait.until(textToBePresentInElementLocated(By.tagName("vaadin-grid"), name));
        signOut();
        browser.get(url("cultivation-list"));
        wait.until(textToBePresentInElementLocated(By.tagName("vaadin-grid"), name));
    }

    /** Publishes the proposed list from today for the default period; its last day. */
    private LocalDate publishNotice() {
        wait.until(d -> bodyText().contains("拟公示名单（1 家）"));
        type(input("vaadin-text-field", "异议受理联系方式"), "市科技局成果转化处，0871-63100000");
        press(button("发布公示"));
        wait.until(d -> bodyText().contains("公示已发布。"));
        Matcher period = Pattern.compile("公示期：" + today + " 至 (\\d{4}-\\d{2}-\\d{2})").matcher(bodyText());
        assertThat(period.find()).as("the period, from today").isTrue();
        return LocalDate.parse(period.group(1));
    }

    // 5. the unit: its home, its carrier, the yearly report due

    private void unitSeesItsCarrierAndStartsTheYearlyReport(String applicant) throws Exception {
        signIn(applicant, "applicant");
        wait.until(d -> bodyText().contains(name));
        assertThat(bodyText()).contains("培育中").containsPattern("「" + name + "」\\d{4} 年度报告须于 \\d{4}-\\d{2}-\\d{2} 前报送");
        press(By.xpath("//a[contains(., '年度报告须于')]"));
        press(cell(name));
        By basics = input("vaadin-text-area", "基本情况");
        String typed = "中心已建成概念验证实验室两间，服务企业十二家。";
        typeAndSave(basics, typed);
        upload(file("年报附件.pdf", "%PDF-1.7\n% yearly report\n%%EOF\n"));
        wait.until(d -> bodyText().contains("已上传“年报附件.pdf”"));
        assertThat(browser.findElement(basics).getDomProperty("value")).as("typed text survives the upload").isEqualTo(typed);
        browser.navigate().refresh();
        wait.until(d -> typed.equals(d.findElement(basics).getDomProperty("value")) && bodyText().contains("年报附件.pdf"));

        browser.get(url("my-dossiers"));
        wait.until(textToBePresentInElementLocated(By.tagName("vaadin-grid"), "已认定"));
    }

    // the people and their sign-in

    private String user(Role role, String tenant, UnitId unit) {
        return fixtures.username(fixtures.account(role, tenant, unit, AccountStatus.ACTIVE));
    }

    /** Signs in through the login page on the way to a page, as a bookmark would; lands on that page. */
    private void signIn(String username, String path) {
        signOut();
        browser.get(url(path));
        By user = By.cssSelector("#vaadinLoginUsername input");
        wait.until(presenceOfElementLocated(user)).sendKeys(username);
        browser.findElement(By.cssSelector("#vaadinLoginPassword input")).sendKeys(Fixtures.PASSWORD, Keys.ENTER);
        wait.until(d -> !d.getCurrentUrl().contains("login") && !d.findElements(By.tagName("h2")).isEmpty());
        if (!browser.getCurrentUrl().endsWith("/" + path)) {
            browser.get(url(path));
            wait.until(presenceOfElementLocated(By.tagName("h2")));
        }
    }

    private void signOut() {
        browser.manage().deleteAllCookies();
    }

    /** One person's part; what the browser showed at its end is kept, and how long it took printed. */
    private void step(String name, Executable part) throws Throwable {
        long start = System.nanoTime();
        try {
            part.execute();
            screenshot("walk-" + name);
            System.out.printf("walk: %s took %d ms%n", name, (System.nanoTime() - start) / 1_000_000);
        } catch (Throwable e) {
            screenshot("walk-failed-" + name);
            Files.writeString(Path.of("target", "e2e-screenshots", "walk-failed-" + name + ".html"), browser.getPageSource());
            throw e;
        }
    }

    // the page's parts, found by what a person reads on them

    private static By input(String component, String label) {
        return By.xpath("//" + component + "[.//label[contains(., '" + label + "')]]//"
                + ("vaadin-text-area".equals(component) ? "textarea" : "input"));
    }

    private static By button(String text) {
        return ClusterNodes.button(text);
    }

    private static By cell(String text) {
        return By.xpath("//vaadin-grid-cell-content[contains(., '" + text + "')]");
    }

    private void chooseCall() {
        By select = By.xpath("//vaadin-select[.//label[contains(., '申报通知')]]");
        press(select);
        press(By.xpath("//vaadin-select-item[contains(., '" + callTitle + "')]"));
        wait.until(d -> d.findElement(select).getText().contains(callTitle));
    }

    /** Chooses the radio button of that label (under the group given, if any), and sees it chosen. */
    private void choose(String group, String label) {
        String radio = group + "//vaadin-radio-button";
        press(By.xpath(radio + "//label[normalize-space(.)='" + label + "']"));
        wait.until(presenceOfElementLocated(By.xpath(radio + "[@checked][.//label[normalize-space(.)='" + label + "']]")));
    }

    /** Ticks the checkbox of that label unless it is ticked already (a new draft starts from the unit's data). */
    private void tick(String label) {
        By box = By.xpath("//vaadin-checkbox[.//label[contains(., '" + label + "')]]");
        if (wait.until(presenceOfElementLocated(box)).getDomAttribute("checked") == null) {
            int before = savedRevision();
            press(By.xpath("//vaadin-checkbox//label[contains(., '" + label + "')]"));
            wait.until(d -> savedRevision() > before && d.findElement(box).getDomAttribute("checked") != null);
        }
    }

    /**
     * Clicks where the element is on screen, as a pointer does (WebDriver's own click takes Vaadin's checkboxes for
     * hidden), once nothing lies over it (a message in the middle of the page goes by itself), then waits for the
     * page's answer.
     */
    private void press(By locator) {
        wait.until(d -> {
            try {
                WebElement element = d.findElement(locator);
                boolean free = Boolean.TRUE.equals(js("""
                        const e = arguments[0];
                        e.scrollIntoView({block: 'center'});
                        const r = e.getBoundingClientRect();
                        let hit = document.elementFromPoint(r.left + r.width / 2, r.top + r.height / 2);
                        while (hit && hit !== e && !e.contains(hit)) { hit = hit.parentNode || hit.host; }
                        return !!hit;""", element));
                if (free) {
                    new Actions(d).moveToElement(element).click().perform();
                }
                return free;
            } catch (org.openqa.selenium.NoSuchElementException | org.openqa.selenium.StaleElementReferenceException
                     | MoveTargetOutOfBoundsException notThereYet) {
                return false;
            }
        });
        settled();
    }

    private void type(By input, String text) {
        keys(input, text, Keys.TAB);
    }

    /** Replaces what the field holds, as a person does (focus, select all, type), then waits for the page's answer. */
    private void keys(By input, CharSequence... keys) {
        WebElement field = wait.until(presenceOfElementLocated(input));
        js("arguments[0].scrollIntoView({block: 'center'}); arguments[0].focus();", field);
        new Actions(browser).keyDown(Keys.CONTROL).sendKeys("a").keyUp(Keys.CONTROL).sendKeys(Keys.DELETE)
                .sendKeys(keys).perform();
        settled();
    }

    /** Types a date the way a person here may type it, and sees the picker take it as the day meant. */
    private void typeDate(String label, String typed, LocalDate meant) {
        By input = input("vaadin-date-picker", label);
        keys(input, typed, Keys.ENTER, Keys.TAB);
        wait.until(d -> meant.toString().equals(d.findElement(input).getDomProperty("value")));
        assertThat(browser.findElement(By.xpath("//vaadin-date-picker[.//label[contains(., '" + label + "')]]"))
                .getDomAttribute("invalid")).as(typed).isNull();
    }

    /** Types into a form that saves itself, and waits until the save of this value is in (its revision moved). */
    private void typeAndSave(By input, String text) {
        int before = savedRevision();
        type(input, text);
        wait.until(d -> savedRevision() > before);
    }

    /** Waits until the page has its answer to the last input: no request of it still on its way. */
    private void settled() {
        wait.until(d -> Boolean.FALSE.equals(js("""
                const clients = window.Vaadin && window.Vaadin.Flow && window.Vaadin.Flow.clients;
                return !clients || Object.values(clients).some(c => typeof c.isActive === 'function' && c.isActive());""")));
    }

    /** The dialog says what will happen before it happens; its confirm button does it. */
    private void confirm(String consequence, String confirmLabel) {
        wait.until(d -> d.findElements(By.tagName("vaadin-dialog")).stream().anyMatch(e -> e.getText().contains(consequence)));
        press(By.xpath("//vaadin-dialog//vaadin-button[normalize-space(.)='" + confirmLabel + "']"));
    }

    private void upload(Path file) {
        HeadlessChromium.fileInput(browser, wait.until(presenceOfElementLocated(By.tagName("vaadin-upload"))))
                .sendKeys(file.toString());
    }

    private static Path file(String fileName, String content) throws Exception {
        return Files.writeString(Files.createTempDirectory("walk-upload").resolve(fileName), content,
                StandardCharsets.ISO_8859_1);
    }

    private Object js(String script, Object... args) {
        return ((JavascriptExecutor) browser).executeScript(script, args);
    }
}
