package cn.kunming.kjj.carrier.api;

import cn.kunming.kjj.carrier.support.RawHttp;
import cn.kunming.kjj.carrier.support.Scenarios;
import cn.kunming.kjj.carrier.support.TestProfiles;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;

import static org.assertj.core.api.Assertions.assertThat;

/** The JSON API attacked over HTTP as the probe did: oversized, misspelled, wrong method and type, unknown paths. */
@Tag("database")
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "portal.api.rate-limit.per-minute=10000")
@ActiveProfiles(resolver = TestProfiles.class)
class ApiAttackHttpTest {

    /** No answer of the API is longer than this, whatever was sent. */
    private static final int BOUNDED_ANSWER = 4096;

    @LocalServerPort
    int port;

    private final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

    private HttpResponse<String> post(HttpRequest.BodyPublisher body, String contentType) throws Exception {
        try {
            return http.send(HttpRequest.newBuilder(uri("/api/v1/eligibility/check")).header("Content-Type", contentType)
                    .POST(body).build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException hungUp) {
            return null;
        }
    }

    private HttpResponse<String> postJson(String json) throws Exception {
        return post(HttpRequest.BodyPublishers.ofString(json), "application/json");
    }

    private URI uri(String path) {
        return URI.create("http://localhost:" + port + path);
    }

    private static String withName(String name) {
        return Scenarios.CONCEPT_CENTRE_REQUEST.replace("昆明市生物医药概念验证中心", name);
    }

    private static void assertProblem(HttpResponse<String> answer, int status) {
        assertThat(answer).as("the server answered").isNotNull();
        assertThat(answer.statusCode()).isEqualTo(status);
        assertThat(answer.headers().firstValue("Content-Type").orElse("")).startsWith("application/problem+json");
        assertThat(answer.body().length()).isLessThan(BOUNDED_ANSWER);
    }

    @Test
    void aTenMegabyteNameIsRefusedWith413BeforeItIsParsedAndNotEchoed() throws Exception {
        HttpResponse<String> answer = postJson(withName("名".repeat(10 * 1024 * 1024 / 3)));
        assertProblem(answer, 413);
        assertThat(answer.headers().firstValue("X-Content-Type-Options")).contains("nosniff");
    }

    @Test
    void aTenMegabyteChunkedBodyIsRefusedWith413() throws Exception {
        byte[] body = withName("x".repeat(10 * 1024 * 1024)).getBytes(StandardCharsets.UTF_8);
        assertProblem(post(HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(body)),
                "application/json"), 413);
    }

    @Test
    void aNameOfTheFormsLengthIsTakenAndOneCharacterMoreIsRefusedNamingTheField() throws Exception {
        assertThat(postJson(withName("昆".repeat(100))).statusCode()).isEqualTo(200);
        HttpResponse<String> tooLong = postJson(withName("昆".repeat(101)));
        assertProblem(tooLong, 400);
        assertThat(tooLong.body()).contains("\"field\":\"name\"");
    }

    @ParameterizedTest
    @ValueSource(strings = {"nmae", "poc.fundWann"})
    void anUnknownFieldIsRefusedNamingItInsteadOfBeingIgnored(String field) throws Exception {
        String json = Scenarios.CONCEPT_CENTRE_REQUEST.strip();
        json = field.startsWith("poc.")
                ? json.replace("\"fundWan\":0}", "\"fundWan\":0,\"fundWann\":1}")
                : "{\"nmae\":\"x\"," + json.substring(1);
        HttpResponse<String> answer = postJson(json);
        assertProblem(answer, 400);
        assertThat(answer.body()).contains("\"field\":\"" + field + "\"");
    }

    @Test
    void aHugeValueOfAnEnumerationIsRefusedWithoutEchoingIt() throws Exception {
        String huge = "X".repeat(40_000);
        HttpResponse<String> answer = postJson(Scenarios.CONCEPT_CENTRE_REQUEST.replace("\"CONCEPT_CENTER\"", "\"" + huge + "\""));
        assertProblem(answer, 400);
        assertThat(answer.body()).doesNotContain(huge);
    }

    @ParameterizedTest
    @ValueSource(strings = {"1e999999999", "-1e999999999", "1e400", "1e100000000", "1e-400", "0.00001", "1000000000.0001"})
    void anAbsurdFigureIsRefusedNamingItsFieldWithoutBeingWrittenOut(String figure) throws Exception {
        HttpResponse<String> answer = postJson(Scenarios.CONCEPT_CENTRE_REQUEST.replace("\"siteAreaSqm\":250",
                "\"siteAreaSqm\":" + figure));
        assertProblem(answer, 400);
        assertThat(answer.body()).contains("\"field\":\"siteAreaSqm\"");
    }

    @Test
    void theLargestRealFigureIsTakenAndAFractionOfAPersonIsNot() throws Exception {
        assertThat(postJson(Scenarios.CONCEPT_CENTRE_REQUEST.replace("\"siteAreaSqm\":250", "\"siteAreaSqm\":1000000000"))
                .statusCode()).isEqualTo(200);
        HttpResponse<String> fraction = postJson(Scenarios.CONCEPT_CENTRE_REQUEST.replace("\"advisors\":5", "\"advisors\":1.5"));
        assertProblem(fraction, 400);
        assertThat(fraction.body()).contains("\"field\":\"advisors\"");
    }

    @Test
    void aCallerThatAcceptsNoJsonGets406AsAProblem() throws Exception {
        for (String accept : new String[]{"text/html", "application/xml"}) {
            HttpResponse<String> answer = http.send(HttpRequest.newBuilder(uri("/api/v1/eligibility/check"))
                    .header("Content-Type", "application/json").header("Accept", accept)
                    .POST(HttpRequest.BodyPublishers.ofString(Scenarios.CONCEPT_CENTRE_REQUEST)).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertProblem(answer, 406);
            assertThat(answer.body()).as("about the answer's format, not the request's").contains("Accept 中接受");
        }
    }

    @Test
    void aGetOrATextBodyIsAnsweredAsAProblemNotAsARedirectToTheLogin() throws Exception {
        HttpResponse<String> get = http.send(HttpRequest.newBuilder(uri("/api/v1/eligibility/check")).GET().build(),
                HttpResponse.BodyHandlers.ofString());
        assertProblem(get, 405);
        assertThat(get.body()).contains("此地址只接受 POST 请求");
        assertThat(get.headers().firstValue("Allow")).contains("POST");
        HttpResponse<String> postToTheDescription = http.send(HttpRequest.newBuilder(uri("/v3/api-docs"))
                .POST(HttpRequest.BodyPublishers.noBody()).build(), HttpResponse.BodyHandlers.ofString());
        assertProblem(postToTheDescription, 405);
        assertThat(postToTheDescription.body()).as("the description takes a GET").contains("此地址只接受 GET 请求");
        assertProblem(post(HttpRequest.BodyPublishers.ofString(Scenarios.CONCEPT_CENTRE_REQUEST), "text/plain"), 415);
    }

    @Test
    void aMissingFileUnderWebjarsIsA404NotAnErrorWithAReference() throws Exception {
        for (String missing : new String[]{"/webjars/", "/webjars/nope.js", "/webjars/echarts/nope.css"}) {
            HttpResponse<String> answer = http.send(HttpRequest.newBuilder(uri(missing)).GET().build(),
                    HttpResponse.BodyHandlers.ofString());
            assertThat(answer.statusCode()).as(missing).isEqualTo(404);
            assertThat(answer.body()).as(missing).doesNotContain("参考编号");
        }
    }

    @Test
    void apiAnswersCarryTheSameContentSecurityPolicyAsPagesAndSwaggerUiIsOffByDefault() throws Exception {
        HttpResponse<String> answer = postJson(Scenarios.CONCEPT_CENTRE_REQUEST);
        assertThat(answer.statusCode()).isEqualTo(200);
        String page = http.send(HttpRequest.newBuilder(uri("/login")).GET().build(), HttpResponse.BodyHandlers.ofString())
                .headers().firstValue("Content-Security-Policy").orElseThrow();
        assertThat(answer.headers().firstValue("Content-Security-Policy")).contains(page);
        assertThat(http.send(HttpRequest.newBuilder(uri("/v3/api-docs")).GET().build(),
                HttpResponse.BodyHandlers.ofString()).statusCode()).as("the OpenAPI description stays public").isEqualTo(200);
        for (String file : new String[]{"/webjars/swagger-ui/index.html", "/webjars/swagger-ui/swagger-ui-bundle.js",
                "/webjars/swagger-ui/swagger-initializer.js"}) {
            HttpResponse<String> swagger = http.send(HttpRequest.newBuilder(uri(file)).GET().build(),
                    HttpResponse.BodyHandlers.ofString());
            assertThat(swagger.statusCode()).as(file + ": Swagger UI's files are off with it").isEqualTo(404);
            assertThat(swagger.body()).as(file).doesNotContainIgnoringCase("swagger");
        }
        for (String ui : new String[]{"/swagger-ui.html", "/swagger-ui/index.html"}) {
            HttpResponse<String> swagger = http.send(HttpRequest.newBuilder(uri(ui)).GET().build(),
                    HttpResponse.BodyHandlers.ofString());
            assertThat(swagger.body()).as(ui).doesNotContainIgnoringCase("swagger-ui-bundle");
            assertThat(swagger.headers().firstValue("Location").orElse("")).as(ui).doesNotContain("swagger-ui/index.html");
        }
    }

    @Test
    void theOpenApiDescriptionNamesNoHostAClientSentInItsHeaders() throws Exception {
        String plain = rawGet("/v3/api-docs", "localhost:" + port);
        String forged = rawGet("/v3/api-docs", "evil.example\r\nX-Forwarded-Host: evil2.example\r\nX-Forwarded-Proto: https");
        assertThat(forged).doesNotContain("evil");
        assertThat(forged).contains("\"servers\":[{\"url\":\"/\"");
        assertThat(body(forged)).as("the same description for every reader").isEqualTo(body(plain));
    }

    @Test
    void aForwardedHostLongerThanDnsAllowsFromTheTrustedProxyIsA400NotA500() throws Exception {
        String tooLong = "a".repeat(7600);
        assertThat(rawAnswer("/district", "localhost\r\nX-Forwarded-Host: " + tooLong)).startsWith("HTTP/1.1 400")
                .doesNotContain(tooLong.substring(0, 300));
    }

    private String rawGet(String path, String hostAndMore) throws IOException {
        String answer = rawAnswer(path, hostAndMore);
        assertThat(answer).startsWith("HTTP/1.1 200");
        return answer;
    }

    private String rawAnswer(String path, String hostAndMore) throws IOException {
        return RawHttp.get(port, path, hostAndMore);
    }

    private static String body(String answer) {
        return answer.substring(answer.indexOf("\r\n\r\n") + 4);
    }
}
