package cn.kunming.kjj.carrier.api;

import cn.kunming.kjj.carrier.support.Scenarios;
import cn.kunming.kjj.carrier.support.TestProfiles;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.config.ConfigurableListableBeanFactory;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.test.context.ActiveProfiles;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.node.ObjectNode;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Arrays;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The API as other systems call it: real HTTP, no session, no CSRF token. */
@Tag("database")
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "portal.api.rate-limit.per-minute=1000")
@ActiveProfiles(resolver = TestProfiles.class)
class EligibilityApiTest {

    static final String CONCEPT_CENTRE = Scenarios.CONCEPT_CENTRE_REQUEST;

    private final ObjectMapper json = new ObjectMapper();
    private final HttpClient http = HttpClient.newHttpClient();

    @LocalServerPort
    int port;

    @Autowired
    ConfigurableApplicationContext context;

    HttpResponse<String> post(String body, String language) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/v1/eligibility/check"))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body));
        if (language != null) {
            request.header("Accept-Language", language);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private ObjectNode conceptCentre() throws Exception {
        return (ObjectNode) json.readTree(CONCEPT_CENTRE);
    }

    @Test
    void theDocumentedExampleIsEligibleWithEveryRuleOfTheKindAndTheMetOption() throws Exception {
        HttpResponse<String> response = post(CONCEPT_CENTRE, null);
        assertThat(response.statusCode()).isEqualTo(200);
        JsonNode body = json.readTree(response.body());
        assertThat(body.get("eligible").asBoolean()).isTrue();
        assertThat(body.get("ruleSetVersion").asString()).isEqualTo("KM-2025-2");
        assertThat(body.get("results")).extracting(r -> r.get("rule").asString()).containsExactly(
                "C2.1", "C2.2", "C2.3a", "C2.3b", "C2.3c", "C2.4a", "C2.4b", "C2.4c", "C2.5", "P4.2");
        assertThat(body.get("metOptions")).extracting(JsonNode::asString).containsExactly("C2.4c(1)");
        assertThat(body.get("results").get(2).get("message").asString()).startsWith("第二条第（三）项〔C2.3a〕：服务场地面积为 250 平方米");
    }

    @Test
    void messagesAreInEnglishWhenAskedFor() throws Exception {
        JsonNode body = json.readTree(post(CONCEPT_CENTRE, "en-GB,en;q=0.9").body());
        assertThat(body.get("results").get(2).get("message").asString()).startsWith("Art. 2(3) [C2.3a]: service site area is 250 m²");
    }

    @Test
    void aFailingRuleMakesTheUnitIneligible() throws Exception {
        ObjectNode request = conceptCentre();
        request.put("siteAreaSqm", 199.99);
        JsonNode body = json.readTree(post(request.toString(), null).body());
        assertThat(body.get("eligible").asBoolean()).isFalse();
        assertThat(body.get("results").get(2).get("outcome").asString()).isEqualTo("FAIL");
    }

    @Test
    void aPilotPlatformIsJudgedByArticleThree() throws Exception {
        ObjectNode request = conceptCentre();
        request.put("kind", "PILOT_PLATFORM").put("name", "昆明市新材料中试平台").put("siteAreaSqm", 1000)
                .put("operatingTeam", 10).put("reserveProjects", 5);
        request.remove("poc");
        request.set("pilot", json.readTree("""
                {"lastYearServiceRevenueWan":100,"equipmentValueWan":500,"pilotProjects":3,"productizedResults":3,
                 "incubatedEnterprises":1,"incubatedValuationWan":500,"incubatedRevenueWan":0,"techContractsWan":0}"""));
        JsonNode body = json.readTree(post(request.toString(), null).body());
        assertThat(body.get("eligible").asBoolean()).isTrue();
        assertThat(body.get("metOptions")).extracting(JsonNode::asString).containsExactly("C3.5c(1)", "C3.5c(2)");
    }

    @ParameterizedTest(name = "{0} → 400 naming {1}")
    @CsvSource(delimiter = '|', value = {
            "kind=SCIENCE_PARK | kind",
            "hostType=CASTLE | hostType",
            "submittedOn=2026-02-30 | submittedOn",
            "submittedOn=16.03.2026 | submittedOn",
            "operatingTeam=-1 | operatingTeam",
            "siteAreaSqm=-0.5 | siteAreaSqm",
            "techBrokers=6 | techBrokers",
            "-name | name",
            "-poc | poc",
            "-registeredInKunming | registeredInKunming",
            "operatingTeam=many | operatingTeam"})
    void badInputIsA400ProblemNamingTheField(String change, String field) throws Exception {
        ObjectNode request = conceptCentre();
        if (change.startsWith("-")) {
            request.remove(change.substring(1));
        } else {
            String[] kv = change.split("=", 2);
            if (kv[1].matches("-?[0-9]+(\\.[0-9]+)?")) {
                request.put(kv[0], new java.math.BigDecimal(kv[1]));
            } else {
                request.put(kv[0], kv[1]);
            }
        }
        HttpResponse<String> response = post(request.toString(), null);
        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(response.headers().firstValue("Content-Type").orElse("")).startsWith("application/problem+json");
        JsonNode problem = json.readTree(response.body());
        assertThat(problem.get("field").asString()).isEqualTo(field);
        assertThat(problem.get("detail").asString()).contains(field);
    }

    @Test
    void malformedJsonIsA400ProblemNotA500() throws Exception {
        HttpResponse<String> response = post("{\"kind\": \"CONCEPT_CENTER\", ", null);
        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(response.headers().firstValue("Content-Type").orElse("")).startsWith("application/problem+json");
        assertThat(json.readTree(response.body()).get("detail").asString()).isEqualTo("请求体不是有效的 JSON。");
    }

    @Test
    void theOpenApiDescriptionIsServedWithTheEndpoint() throws Exception {
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(
                URI.create("http://localhost:" + port + "/v3/api-docs")).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).isEqualTo(200);
        JsonNode description = json.readTree(response.body());
        assertThat(description.get("paths").has("/api/v1/eligibility/check")).isTrue();
        assertThat(description.get("info").get("title").asString()).isEqualTo("昆明市概念验证中心和中试平台管理系统 API");
    }

    @Test
    void springdocsBeansWaitForTheFirstRequestForTheDescriptionInsteadOfSlowingTheStart() {
        ConfigurableListableBeanFactory beans = context.getBeanFactory();
        List<String> springdoc = Arrays.stream(beans.getBeanDefinitionNames())
                .filter(name -> ApiDescriptionOnDemand.declaredBy(beans.getBeanDefinition(name))
                        .startsWith(ApiDescriptionOnDemand.SPRINGDOC))
                .toList();
        assertThat(springdoc).as("springdoc's beans").hasSizeGreaterThan(10);
        assertThat(springdoc).allSatisfy(name -> assertThat(beans.getBeanDefinition(name).isLazyInit()).as(name).isTrue());
        assertThat(beans.getBeanDefinition("portalOpenApi").isLazyInit()).isTrue();
    }
}
