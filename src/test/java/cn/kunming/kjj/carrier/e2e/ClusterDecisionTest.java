package cn.kunming.kjj.carrier.e2e;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Two officers of the same district, one served by node a and one by node b, decide the same submitted dossier at the
 * same moment (P4.3): one recommends it, the other declines to. One decision is recorded; the other officer is told
 * that the dossier changed under them, and nothing of theirs is recorded. The dossier's status is guarded by the
 * database (a conditional update on the status it was read in), which both nodes share.
 */
@Tag("cluster")
@Order(3)
class ClusterDecisionTest {

    private static final String RECOMMEND_SUCCESS = "已推荐。";
    private static final String DECLINE_SUCCESS = "已不予推荐。";
    /** The refusals the loser may get: the row changed under its update, or its read already saw the decision. */
    private static final List<String> REFUSALS = List.of("该记录已被他人修改", "当前状态为");

    private final ClusterNodes cluster = new ClusterNodes();
    private WebDriver first;
    private WebDriver second;

    @AfterEach
    void closeBrowsers() {
        ClusterNodes.quit("decision", first, second);
    }

    @Test
    void twoOfficersOnDifferentNodesDecideTheSameDossierOneWinsAndTheOtherIsTold() throws Exception {
        List<List<Object>> waiting = cluster.rows("SELECT id FROM dossier WHERE status = 'SUBMITTED' AND tenant_id = '530102' "
                + "ORDER BY id");
        assertThat(waiting).as("the demo's submitted dossier waits for 五华区 (profile demo)").isNotEmpty();
        long dossierId = ((Number) waiting.getFirst().getFirst()).longValue();
        String colleague = secondOfficer();

        first = cluster.browserOn(cluster.a);
        WebDriverWait waitFirst = ClusterNodes.waitFor(first);
        cluster.signIn(first, waitFirst, "district");
        second = cluster.browserOn(cluster.b);
        WebDriverWait waitSecond = ClusterNodes.waitFor(second);
        cluster.signIn(second, waitSecond, colleague);
        assertThat(List.of(ClusterNodes.routeOf(first), ClusterNodes.routeOf(second))).as("one officer per node")
                .containsExactly("a", "b");

        // both open the dossier while it waits, judge every item and write an opinion
        prepare(first, waitFirst, dossierId, "材料齐全属实，同意推荐（集群测试，节点 a）。");
        prepare(second, waitSecond, dossierId, "不予推荐（集群测试，节点 b）。");
        // the first asks to recommend and sees what it means; the second is about to decline
        ClusterNodes.click(waitFirst, ClusterNodes.button("推荐"));
        By confirm = By.xpath("//*[self::vaadin-dialog or self::vaadin-dialog-overlay]//vaadin-button[normalize-space(.)='推荐']");
        waitFirst.until(ExpectedConditions.presenceOfElementLocated(confirm));
        By decline = ClusterNodes.button("不予推荐");
        waitSecond.until(ExpectedConditions.presenceOfElementLocated(decline));

        // at the same moment: the first confirms its recommendation on node a, the second declines on node b
        CyclicBarrier together = new CyclicBarrier(2);
        CompletableFuture<String> firstSaw = CompletableFuture.supplyAsync(() ->
                act(together, first, waitFirst, confirm, RECOMMEND_SUCCESS));
        CompletableFuture<String> secondSaw = CompletableFuture.supplyAsync(() ->
                act(together, second, waitSecond, decline, DECLINE_SUCCESS));
        String firstOutcome = firstSaw.get(120, TimeUnit.SECONDS);
        String secondOutcome = secondSaw.get(120, TimeUnit.SECONDS);

        List<String> outcomes = List.of(firstOutcome, secondOutcome);
        System.out.println("officer on node a (recommends): " + firstOutcome + " | officer on node b (declines): "
                + secondOutcome);
        assertThat(outcomes.stream().filter(o -> o.equals(RECOMMEND_SUCCESS) || o.equals(DECLINE_SUCCESS)).count())
                .as("exactly one officer's decision went through: %s", outcomes).isEqualTo(1);
        assertThat(outcomes.stream().filter(o -> REFUSALS.stream().anyMatch(o::contains)).count())
                .as("the other officer was told: %s", outcomes).isEqualTo(1);

        String winner = firstOutcome.equals(RECOMMEND_SUCCESS) ? "RECOMMENDED" : "NOT_RECOMMENDED";
        assertThat(cluster.rows("SELECT status FROM dossier WHERE id = ?", dossierId).getFirst().getFirst())
                .as("the dossier took the winner's decision").isEqualTo(winner);
        assertThat(cluster.number("SELECT COUNT(*) FROM district_review WHERE dossier_id = ?", dossierId))
                .as("one district review recorded").isEqualTo(1);
        assertThat(cluster.rows("SELECT action FROM audit_event WHERE entity_type = 'DOSSIER' AND entity_id = ? "
                + "AND action IN ('DOSSIER_RECOMMENDED', 'DOSSIER_NOT_RECOMMENDED')", String.valueOf(dossierId)).stream()
                .map(r -> (String) r.getFirst()).collect(Collectors.toList()))
                .as("one decision in the audit log").containsExactly("DOSSIER_" + winner);
        assertThat(ClusterNodes.routeOf(first)).as("the first officer stayed on node a").isEqualTo("a");
        assertThat(ClusterNodes.routeOf(second)).as("the second officer stayed on node b").isEqualTo("b");
    }

    /**
     * The demo has one officer per district; a colleague with the same role, district and password joins, as the
     * security administrator would add one. Its username.
     */
    private String secondOfficer() throws Exception {
        String username = "district.cluster";
        if (cluster.number("SELECT COUNT(*) FROM account WHERE username = ?", username) == 0) {
            List<String> columns = cluster.rows("SELECT column_name FROM information_schema.columns WHERE table_schema = "
                    + "DATABASE() AND table_name = 'account' AND column_name <> 'id' ORDER BY ordinal_position").stream()
                    .map(r -> ((String) r.getFirst()).toLowerCase(java.util.Locale.ROOT)).toList();
            String values = columns.stream().map(c -> switch (c) {
                case "username" -> "?";
                case "display_name" -> "'五华区科技局经办人二（集群测试）'";
                case "email", "oidc_issuer", "oidc_subject" -> "NULL";
                default -> c;
            }).collect(Collectors.joining(", "));
            cluster.update("INSERT INTO account (" + String.join(", ", columns) + ") SELECT " + values
                    + " FROM account WHERE username = 'district'", username);
        }
        return username;
    }

    private void prepare(WebDriver browser, WebDriverWait wait, long dossierId, String opinion) {
        browser.get(cluster.proxy + "/district/review/dossier/" + dossierId);
        ClusterNodes.click(wait, By.xpath("//vaadin-button[contains(., '全部标为齐全属实')]"));
        var text = wait.until(ExpectedConditions.presenceOfElementLocated(
                By.xpath("//vaadin-text-area[.//label[contains(., '书面意见')]]//textarea")));
        // an opinion kept from an earlier visit comes back into the field: this officer writes its own
        text.sendKeys(org.openqa.selenium.Keys.chord(org.openqa.selenium.Keys.CONTROL, "a"), org.openqa.selenium.Keys.DELETE);
        text.sendKeys(opinion, org.openqa.selenium.Keys.TAB);
        wait.until(d -> opinion.equals(d.findElement(
                By.xpath("//vaadin-text-area[.//label[contains(., '书面意见')]]")).getDomProperty("value")));
    }

    /** Clicks together with the other officer; what the page then says: the success, or the refusal. */
    private static String act(CyclicBarrier together, WebDriver browser, WebDriverWait wait, By button, String success) {
        try {
            var target = browser.findElement(button);
            together.await(30, TimeUnit.SECONDS);
            target.click();
            return wait.until(d -> {
                String text = ClusterNodes.bodyText(d);
                if (text.contains(success)) {
                    return success;
                }
                return REFUSALS.stream().filter(text::contains).findFirst()
                        .map(r -> text.substring(text.indexOf(r), Math.min(text.length(), text.indexOf(r) + 60)))
                        .orElse(null);
            });
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
