package cn.kunming.kjj.carrier.operations;

import cn.kunming.kjj.carrier.dossier.DossierListService;
import cn.kunming.kjj.carrier.security.AccountStatus;
import cn.kunming.kjj.carrier.security.Role;
import cn.kunming.kjj.carrier.support.As;
import cn.kunming.kjj.carrier.support.Fixtures;
import cn.kunming.kjj.carrier.support.MovableClock;
import cn.kunming.kjj.carrier.support.PortalClient;
import cn.kunming.kjj.carrier.support.TestProfiles;
import com.vaadin.flow.di.Lookup;
import com.vaadin.flow.spring.security.VaadinRolePrefixHolder;
import jakarta.servlet.ServletContext;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalManagementPort;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ActiveProfiles;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What the running portal does on every request beyond the request's own work (decision 0041): sign-ins are still
 * observed, but neither each filter of the security chain nor each secured service call; Vaadin's per-request
 * lookups are answered from memory.
 */
@Tag("database")
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles(resolver = TestProfiles.class)
@Import({MovableClock.Config.class, cn.kunming.kjj.carrier.support.TypedIdsJdbc.class, Fixtures.class})
class RequestOverheadHttpTest {

    @LocalServerPort
    int port;
    @LocalManagementPort
    int managementPort;
    @Autowired
    Fixtures fixtures;
    @Autowired
    DossierListService dossiers;
    @Autowired
    ServletContext servletContext;

    private String prometheus() throws Exception {
        HttpResponse<String> r = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                URI.create("http://localhost:" + managementPort + "/actuator/prometheus")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(r.statusCode()).isEqualTo(200);
        return r.body();
    }

    private PortalClient signedInDistrictOfficer() throws Exception {
        String username = fixtures.username(fixtures.account(Role.DISTRICT_OFFICER, "530102", null, AccountStatus.ACTIVE));
        PortalClient browser = new PortalClient("http://localhost:" + port, PortalClient.sharedHttp());
        assertThat(browser.login(username, Fixtures.PASSWORD)).isTrue();
        return browser;
    }

    @Test
    void signInsAreObservedButNeitherTheFilterChainNorEachSecuredServiceCall() throws Exception {
        signedInDistrictOfficer().open("call-dossiers", "");
        As.role(Role.DISTRICT_OFFICER, "530102");
        try {
            dossiers.count(null);
        } finally {
            As.signOut();
        }

        String metrics = prometheus();
        assertThat(metrics).contains("spring_security_authentications");
        assertThat(metrics).doesNotContain("spring_security_authorizations").doesNotContain("spring_security_filterchains");
        assertThat(metrics).as("requests keep their own timer").contains("http_server_requests_seconds_count");
    }

    @Test
    void vaadinsRolePrefixHolderIsLookedUpOnceForEveryNavigationAfter() throws Exception {
        signedInDistrictOfficer().open("call-dossiers", "");
        Lookup lookup = (Lookup) servletContext.getAttribute(Lookup.class.getName());

        assertThat(lookup.getClass().getName()).endsWith("LookupsOnce$Remembering");
        VaadinRolePrefixHolder first = lookup.lookup(VaadinRolePrefixHolder.class);
        assertThat(first).isNotNull();
        assertThat(lookup.lookup(VaadinRolePrefixHolder.class)).isSameAs(first);
    }
}
