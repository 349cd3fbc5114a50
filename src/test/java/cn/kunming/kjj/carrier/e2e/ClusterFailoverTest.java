package cn.kunming.kjj.carrier.e2e;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Node a dies (killed, no shutdown) while an applicant edits a draft on it. The next thing the browser asks goes
 * through the proxy to node b, which knows no such session: the applicant signs in again there and finds the draft as
 * it was last saved — every value that the autosave had confirmed. The audit chain, written by both nodes, is intact.
 * Runs last of the cluster tests: node a stays down.
 */
@Tag("cluster")
@Order(6)
class ClusterFailoverTest {

    private static final String NAME_INPUT = "//vaadin-text-field[.//label[contains(., '拟定名称')]]//input";
    private static final String SAVED = "昆明市集群演练概念验证中心";
    private static final String UNSAVED = "（节点宕机后输入）";

    private final ClusterNodes cluster = new ClusterNodes();
    private final long nodeAPid = Long.parseLong(ClusterNodes.require("CLUSTER_NODE_A_PID"));
    private WebDriver applicant;
    private WebDriver auditor;

    @AfterEach
    void closeBrowsers() {
        ClusterNodes.quit("failover", applicant, auditor);
    }

    @Test
    void nodeADiesWhileADraftIsEditedAndTheApplicantContinuesOnNodeBWithTheDraftAsLastSaved() throws Exception {
        ProcessHandle nodeA = ProcessHandle.of(nodeAPid).orElseThrow(() ->
                new AssertionError("node a (pid " + nodeAPid + ", CLUSTER_NODE_A_PID) is not running"));
        assertThat(cluster.ready(cluster.b)).as("node b ready").isTrue();

        // the applicant edits its concept-centre draft on node a; the autosave confirms each value
        applicant = cluster.browserOn(cluster.a);
        WebDriverWait wait = ClusterNodes.waitFor(applicant);
        cluster.signIn(applicant, wait, "applicant");
        assertThat(ClusterNodes.routeOf(applicant)).as("the applicant works on node a").isEqualTo("a");
        long dossierId = ClusterAttachmentTest.openDraft(applicant, wait, "概念验证中心");
        String editor = applicant.getCurrentUrl();
        wait.until(d -> savedRevision(d) >= 0);
        int before = savedRevision(applicant);
        WebElement name = wait.until(ExpectedConditions.presenceOfElementLocated(By.xpath(NAME_INPUT)));
        name.sendKeys(org.openqa.selenium.Keys.chord(org.openqa.selenium.Keys.CONTROL, "a"), org.openqa.selenium.Keys.DELETE);
        name.sendKeys(SAVED);
        wait.until(d -> savedRevision(d) > before);
        wait.until(d -> !pending(d));
        int lastSaved = savedRevision(applicant);
        assertThat(cluster.number("SELECT version FROM dossier WHERE id = ?", dossierId))
                .as("the database holds the revision the page shows").isEqualTo(lastSaved);

        // node a is killed in the middle of the work; the applicant goes on typing, which no node can save now
        nodeA.destroyForcibly();
        assertThat(nodeA.onExit().get(30, TimeUnit.SECONDS).isAlive()).as("node a is gone").isFalse();
        name.sendKeys(UNSAVED);

        // the next page the applicant opens is served by node b: sign in again, open the draft
        applicant.get(editor);
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#vaadinLoginUsername input")));
        assertThat(ClusterNodes.routeOf(applicant)).as("node b took the applicant over").isEqualTo("b");
        cluster.signIn(applicant, wait, "applicant");
        applicant.get(editor);
        WebElement nameAgain = wait.until(ExpectedConditions.presenceOfElementLocated(By.xpath(NAME_INPUT)));
        wait.until(d -> savedRevision(d) >= 0);
        assertThat(nameAgain.getDomProperty("value")).as("the draft as last saved: nothing confirmed is lost")
                .isEqualTo(SAVED);
        assertThat(savedRevision(applicant)).as("the revision last saved on node a").isEqualTo(lastSaved);
        assertThat(ClusterNodes.bodyText(applicant)).contains("上次保存于");
        assertThat(ClusterNodes.routeOf(applicant)).isEqualTo("b");
        assertThat(cluster.rows("SELECT content_json FROM dossier WHERE id = ?", dossierId).getFirst().getFirst().toString())
                .contains(SAVED).doesNotContain(UNSAVED);

        // the auditor, on node b, verifies the audit chain both nodes wrote
        auditor = cluster.browserOn(cluster.b);
        WebDriverWait auditorWait = ClusterNodes.waitFor(auditor);
        cluster.signIn(auditor, auditorWait, "auditor");
        long events = cluster.number("SELECT COUNT(*) FROM audit_event");
        auditor.get(cluster.proxy + "/audit");
        ClusterNodes.click(auditorWait, By.xpath("//vaadin-button[contains(., '校验审计链')]"));
        auditorWait.until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("body"), "由 auditor 校验"));
        assertThat(ClusterNodes.bodyText(auditor)).as("the chain is intact").contains("审计链完整");
        List<List<Object>> check = cluster.rows("SELECT intact, events_checked FROM audit_chain_check WHERE checked_by = "
                + "'auditor' ORDER BY id DESC");
        assertThat(check).isNotEmpty();
        assertThat(check.getFirst().getFirst()).isIn(true, 1, (byte) 1);
        assertThat(((Number) check.getFirst().get(1)).longValue())
                .as("every event of the run is in the chain").isGreaterThanOrEqualTo(events);
        assertThat(cluster.ready(cluster.b)).as("node b still serves").isTrue();
    }

    /** The revision of the last save, as the stamp beside the submit button carries it (-1 before the editor is up). */
    private static int savedRevision(WebDriver browser) {
        var stamps = browser.findElements(By.cssSelector(".autosave-stamp[data-saved-revision]"));
        return stamps.isEmpty() ? -1 : Integer.parseInt(stamps.getFirst().getDomAttribute("data-saved-revision"));
    }

    /** Whether a typed value is still on its way to the server (the editor's own answer). */
    private static boolean pending(WebDriver browser) {
        return Boolean.TRUE.equals(((JavascriptExecutor) browser).executeScript(
                "const g = document.getElementById('dossier-editor').__portalGuard; return !!g && g.pending();"));
    }
}
