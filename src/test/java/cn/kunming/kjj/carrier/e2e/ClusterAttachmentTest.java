package cn.kunming.kjj.carrier.e2e;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.Duration;
import java.util.HexFormat;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A file uploaded through node a downloads through node b: the applicant adds an attachment to its draft in a browser
 * that node a serves, and the bureau, in a browser that node b serves, opens the dossier and downloads it — node b
 * reads it from the shared bucket (S3-compatible storage), having never seen the upload.
 */
@Tag("cluster")
@Order(2)
class ClusterAttachmentTest {

    private final ClusterNodes cluster = new ClusterNodes();
    private WebDriver applicant;
    private WebDriver bureau;

    @AfterEach
    void closeBrowsers() {
        ClusterNodes.quit("attachment", applicant, bureau);
    }

    @Test
    void aFileUploadedThroughNodeADownloadsThroughNodeB() throws Exception {
        byte[] pdf = ("%PDF-1.7\n% cluster test " + UUID.randomUUID() + "\n%%EOF\n").getBytes(StandardCharsets.US_ASCII);
        String sha = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(pdf));
        Path file = Files.createTempDirectory("cluster-upload").resolve("承诺书-" + sha.substring(0, 8) + ".pdf");
        Files.write(file, pdf);
        String fileName = file.getFileName().toString();

        // the applicant, on node a, opens its pilot-platform draft and uploads the commitment letter
        applicant = cluster.browserOn(cluster.a);
        WebDriverWait waitA = ClusterNodes.waitFor(applicant);
        cluster.signIn(applicant, waitA, "applicant");
        assertThat(ClusterNodes.routeOf(applicant)).as("the applicant's session is on node a").isEqualTo("a");
        long dossierId = openDraft(applicant, waitA, "中试平台");
        WebElement upload = waitA.until(ExpectedConditions.presenceOfElementLocated(By.tagName("vaadin-upload")));
        HeadlessChromium.fileInput(applicant, upload).sendKeys(file.toString());
        waitA.until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("body"), "已上传“" + fileName + "”"));
        assertThat(cluster.rows("SELECT sha256, size_bytes FROM dossier_attachment WHERE dossier_id = ? AND file_name = ? "
                + "AND removed = FALSE", dossierId, fileName))
                .as("the attachment is recorded with the file's SHA-256").hasSize(1)
                .allSatisfy(row -> assertThat(row.getFirst()).isEqualTo(sha));
        assertThat(ClusterNodes.routeOf(applicant)).as("node a served the upload").isEqualTo("a");

        // the bureau, on node b, opens the dossier and downloads the file through the proxy
        bureau = cluster.browserOn(cluster.b);
        WebDriverWait waitB = ClusterNodes.waitFor(bureau);
        cluster.signIn(bureau, waitB, "bureau");
        assertThat(ClusterNodes.routeOf(bureau)).as("the bureau's session is on node b").isEqualTo("b");
        bureau.get(cluster.proxy + "/dossiers/" + dossierId);
        WebElement link = waitB.until(ExpectedConditions.presenceOfElementLocated(
                By.xpath("//a[starts-with(normalize-space(.), '" + fileName + "')]")));
        String href = URI.create(cluster.proxy + "/").resolve(link.getDomAttribute("href")).toString();

        HttpResponse<byte[]> download = cluster.http.send(HttpRequest.newBuilder(URI.create(href))
                .header("Cookie", "JSESSIONID=" + bureau.manage().getCookieNamed("JSESSIONID").getValue())
                .timeout(Duration.ofSeconds(30)).GET().build(), HttpResponse.BodyHandlers.ofByteArray());
        assertThat(download.statusCode()).as("the download through the proxy").isEqualTo(200);
        assertThat(download.headers().firstValue("X-Portal-Upstream")).as("answered by node b")
                .hasValue(cluster.b.upstream());
        assertThat(download.body()).as("the same bytes as uploaded on node a").isEqualTo(pdf);
    }

    /** Opens (or creates) the applicant's draft of the demo call for the kind; its id. */
    static long openDraft(WebDriver browser, WebDriverWait wait, String kind) {
        browser.get(new ClusterNodes().proxy + "/my-dossiers");
        wait.until(ExpectedConditions.presenceOfElementLocated(By.tagName("vaadin-select")));
        ClusterNodes.click(wait, By.tagName("vaadin-select"));
        ClusterNodes.click(wait, By.tagName("vaadin-select-item"));
        ClusterNodes.click(wait, By.xpath("//vaadin-radio-button[contains(., '" + kind + "')]"));
        ClusterNodes.click(wait, By.xpath("//vaadin-button[contains(., '开始或继续申报')]"));
        wait.until(d -> d.getCurrentUrl().matches(".*/dossiers/\\d+$"));
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("dossier-editor")));
        String url = browser.getCurrentUrl();
        return Long.parseLong(url.substring(url.lastIndexOf('/') + 1));
    }
}
