package cn.kunming.kjj.carrier.dossier.ui;

import cn.kunming.kjj.carrier.common.AccountId;
import cn.kunming.kjj.carrier.common.CallId;
import cn.kunming.kjj.carrier.common.UnitId;
import cn.kunming.kjj.carrier.review.ReviewScenario;
import cn.kunming.kjj.carrier.security.AccountStatus;
import cn.kunming.kjj.carrier.security.Role;
import cn.kunming.kjj.carrier.support.As;
import cn.kunming.kjj.carrier.support.Fixtures;
import cn.kunming.kjj.carrier.support.MovableClock;
import cn.kunming.kjj.carrier.support.PortalClient;
import cn.kunming.kjj.carrier.support.TestProfiles;
import cn.kunming.kjj.carrier.tenant.ActivationStatus;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ActiveProfiles;

import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The page of the dossier list that the browser fetches (decision 0044), attacked over raw HTTP: only a signed-in
 * officer's session gets rows, only those in its scope, whatever the address says; many at once answer alike.
 */
@Tag("database")
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles(resolver = TestProfiles.class)
@Import({MovableClock.Config.class, cn.kunming.kjj.carrier.support.TypedIdsJdbc.class, Fixtures.class,
        ReviewScenario.class})
class DossierRowsHttpTest {

    @LocalServerPort
    int port;
    @Autowired
    Fixtures fixtures;
    @Autowired
    ReviewScenario scenario;

    @AfterEach
    void signOut() {
        As.signOut();
    }

    private String base() {
        return "http://localhost:" + port;
    }

    private PortalClient signedIn(Role role, String tenant, UnitId unit) throws Exception {
        AccountId account = fixtures.account(role, tenant, unit, AccountStatus.ACTIVE);
        PortalClient client = new PortalClient(base(), PortalClient.sharedHttp());
        assertThat(client.login(fixtures.username(account), Fixtures.PASSWORD)).isTrue();
        return client;
    }

    private HttpResponse<byte[]> rows(PortalClient client, String query) throws Exception {
        return client.fetch(base() + DossierRowsEndpoint.PATH + "?" + query);
    }

    private static List<String> opened(HttpResponse<byte[]> response) {
        return Jsoup.parseBodyFragment(new String(response.body(), StandardCharsets.UTF_8))
                .select("tbody a[href^=dossiers/]").eachAttr("href").stream().distinct().toList();
    }

    @Test
    void aDistrictOfficerGetsItsOwnDistrictsRowsOnlyWhateverTheAddressSays() throws Exception {
        CallId call = scenario.openCall();
        var own = scenario.submitted(call, "530102");
        var foreign = scenario.submitted(call, "530103");
        PortalClient district = signedIn(Role.DISTRICT_OFFICER, "530102", null);

        HttpResponse<byte[]> page = rows(district, "call=" + call);
        HttpResponse<String> asJson = district.sendRaw(HttpRequest.newBuilder(URI.create(base() + DossierRowsEndpoint.PATH
                + "?call=" + call)).header("Accept", "application/json").GET());
        assertThat(asJson.statusCode()).as("the page asks for nothing but HTML").isEqualTo(200);
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.headers().firstValue(DossierRowsEndpoint.MARK)).hasValue("1");
        assertThat(page.headers().firstValue("Cache-Control").orElse("")).contains("no-store");
        assertThat(opened(page)).containsExactly("dossiers/" + own.dossierId());

        String longSearch = java.net.URLEncoder.encode("长".repeat(60), StandardCharsets.UTF_8);
        for (String hostile : List.of("call=" + call + "&tenant=530103", "call=all&tenant=530103&stage=SUBMITTED",
                "call=" + foreign.callId() + "&unit=" + foreign.unitId(), "call=all&q=" + longSearch,
                "call=all&q=%25", "call=all&sort=-DROP%20TABLE&page=-5", "call=all&page=99999999999999&pos=-1",
                "call=all&call=all&call=" + call + "&lang=%3Cscript%3E", "call=%00&status=HACKED&kind=%27",
                "call=all&" + "x=1&".repeat(300))) {
            HttpResponse<byte[]> answer = rows(district, hostile);
            assertThat(answer.statusCode()).as(hostile).isEqualTo(200);
            assertThat(opened(answer)).as(hostile).doesNotContain("dossiers/" + foreign.dossierId());
            assertThat(new String(answer.body(), StandardCharsets.UTF_8)).as(hostile).doesNotContain("<script>");
        }
        HttpResponse<byte[]> oversized = rows(district, "call=all&q=" + "长".repeat(5000));
        assertThat(oversized.statusCode()).as("refused by the container, before any reading").isEqualTo(400);
        assertThat(oversized.headers().firstValue(DossierRowsEndpoint.MARK)).isEmpty();
    }

    @Test
    void withoutAnOfficersSessionThereAreNoRows() throws Exception {
        CallId call = scenario.openCall();
        var dossier = scenario.submitted(call, "530102");
        PortalClient anonymous = new PortalClient(base(), PortalClient.sharedHttp());
        HttpResponse<byte[]> none = rows(anonymous, "call=" + call);
        assertThat(none.headers().firstValue(DossierRowsEndpoint.MARK)).as("not rows: the way to the login").isEmpty();
        assertThat(opened(none)).isEmpty();

        PortalClient applicant = signedIn(Role.APPLICANT, "530102", dossier.unitId());
        HttpResponse<byte[]> refused = rows(applicant, "call=" + call);
        assertThat(refused.statusCode()).as("an applicant is no officer: nothing here, as at a missing address")
                .isEqualTo(404);
        assertThat(refused.headers().firstValue(DossierRowsEndpoint.MARK)).isEmpty();
        assertThat(opened(refused)).isEmpty();

        HttpResponse<String> forged = anonymous.sendRaw(HttpRequest.newBuilder(URI.create(base() + DossierRowsEndpoint.PATH
                + "?call=" + call)).header("Cookie", "JSESSIONID=forged; SESSION=forged").GET());
        assertThat(forged.headers().firstValue(DossierRowsEndpoint.MARK)).as("a forged session cookie").isEmpty();
        assertThat(forged.body()).doesNotContain("dossiers/" + dossier.dossierId());
    }

    @Test
    void twentyFetchesAtOnceFromOneSessionAnswerTheSamePage() throws Exception {
        CallId call = scenario.openCall();
        for (int i = 0; i < 3; i++) {
            scenario.submitted(call, "530102");
        }
        PortalClient bureau = signedIn(Role.BUREAU_OFFICER, "KMKJJ", null);
        String expected = new String(rows(bureau, "call=" + call + "&sort=NAME").body(), StandardCharsets.UTF_8);
        assertThat(Jsoup.parseBodyFragment(expected).select("tbody tr")).hasSize(3);
        List<Callable<String>> fetches = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            fetches.add(() -> new String(rows(bureau, "call=" + call + "&sort=NAME").body(), StandardCharsets.UTF_8));
        }
        try (ExecutorService pool = Executors.newFixedThreadPool(20)) {
            for (Future<String> answer : pool.invokeAll(fetches)) {
                assertThat(answer.get()).isEqualTo(expected);
            }
        }
    }
}
