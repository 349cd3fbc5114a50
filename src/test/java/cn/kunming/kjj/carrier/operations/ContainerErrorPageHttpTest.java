package cn.kunming.kjj.carrier.operations;

import cn.kunming.kjj.carrier.support.Fixtures;
import cn.kunming.kjj.carrier.support.MovableClock;
import cn.kunming.kjj.carrier.support.TestProfiles;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ActiveProfiles;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.io.SequenceInputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What the container refuses before the portal sees it, over raw HTTP against a real server: the portal's page in
 * Chinese, then English, naming what to do, never Tomcat's English page or its version; what the portal answers
 * itself is left as it was.
 */
@Tag("database")
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles(resolver = TestProfiles.class)
@Import({MovableClock.Config.class, cn.kunming.kjj.carrier.support.TypedIdsJdbc.class, Fixtures.class})
class ContainerErrorPageHttpTest {

    @LocalServerPort
    int port;

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

    private HttpResponse<String> send(HttpRequest.Builder request) throws Exception {
        return http.send(request.timeout(Duration.ofSeconds(60)).build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    private URI at(String path) {
        return URI.create("http://localhost:" + port + path);
    }

    private static void assertPortalPage(HttpResponse<String> response, int status, String chinese) {
        assertThat(response.statusCode()).isEqualTo(status);
        assertThat(response.headers().firstValue("Content-Type").orElse("")).startsWith("text/html")
                .containsIgnoringCase("utf-8");
        assertThat(response.body()).contains(chinese, "返回首页", "昆明市概念验证中心")
                .doesNotContain("HTTP Status", "Tomcat", "Apache", "Exception");
    }

    @Test
    void aSearchOfTwentyThousandCharactersInTheAddressGetsThePortalsPageInChinese() throws Exception {
        String q = "昆".repeat(20_000);
        HttpResponse<String> response = send(HttpRequest.newBuilder(at("/dossiers?q="
                + java.net.URLEncoder.encode(q, StandardCharsets.UTF_8))).GET());
        assertPortalPage(response, 400, "搜索词过长");
    }

    @Test
    void aFormLargerThanTheRequestLimitGetsThePortalsPageInChineseAndNothingIsRead() throws Exception {
        // 22 MB of one multipart part, sent as a stream: more than spring.servlet.multipart.max-request-size (21 MB)
        byte[] head = ("--b\r\nContent-Disposition: form-data; name=\"file\"; filename=\"大.pdf\"\r\n"
                + "Content-Type: application/pdf\r\n\r\n").getBytes(StandardCharsets.UTF_8);
        long size = 22L * 1024 * 1024;
        HttpResponse<String> response = send(HttpRequest.newBuilder(at("/login"))
                .header("Content-Type", "multipart/form-data; boundary=b")
                .POST(HttpRequest.BodyPublishers.ofInputStream(() -> new SequenceInputStream(
                        new ByteArrayInputStream(head), zeros(size)))));
        assertPortalPage(response, 413, "超过了系统允许的大小");
    }

    @Test
    void pagesAndErrorsThePortalAnswersItselfAreUnchanged() throws Exception {
        HttpResponse<String> login = send(HttpRequest.newBuilder(at("/login")).GET());
        assertThat(login.statusCode()).isEqualTo(200);
        assertThat(login.body()).doesNotContain("请求无法处理");
    }

    @Test
    void everyStatusTheContainerMayAnswerHasAPageInChineseThenEnglishWithItsCode() {
        for (int status : new int[]{400, 404, 405, 408, 413, 414, 431, 500, 503}) {
            String page = PortalErrorReportValve.page(status);
            assertThat(page).as("status %d", status).contains("（" + status + "）", "返回首页", "<p class=\"en\">");
            assertThat(page.indexOf("<p class=\"en\">")).isGreaterThan(page.indexOf("<h1>"));
        }
    }

    private static InputStream zeros(long size) {
        return new InputStream() {
            long left = size;

            @Override
            public int read() {
                return left-- > 0 ? 0 : -1;
            }

            @Override
            public int read(byte[] b, int off, int len) {
                if (left <= 0) {
                    return -1;
                }
                int n = (int) Math.min(len, left);
                java.util.Arrays.fill(b, off, off + n, (byte) 0);
                left -= n;
                return n;
            }
        };
    }
}
