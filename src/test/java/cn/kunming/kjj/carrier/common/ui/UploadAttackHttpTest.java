package cn.kunming.kjj.carrier.common.ui;

import cn.kunming.kjj.carrier.common.AccountId;
import cn.kunming.kjj.carrier.common.UnitId;
import cn.kunming.kjj.carrier.common.CallId;
import cn.kunming.kjj.carrier.common.DossierId;
import cn.kunming.kjj.carrier.support.CountingBody;
import cn.kunming.kjj.carrier.support.Scenarios;
import cn.kunming.kjj.carrier.support.SampleFiles;
import cn.kunming.kjj.carrier.call.CallService;
import cn.kunming.kjj.carrier.common.CarrierKind;
import cn.kunming.kjj.carrier.dossier.DossierService;
import cn.kunming.kjj.carrier.security.AccountStatus;
import cn.kunming.kjj.carrier.security.Role;
import cn.kunming.kjj.carrier.support.As;
import cn.kunming.kjj.carrier.support.Fixtures;
import cn.kunming.kjj.carrier.support.MovableClock;
import cn.kunming.kjj.carrier.support.PortalClient;
import cn.kunming.kjj.carrier.support.TestProfiles;
import cn.kunming.kjj.carrier.tenant.ActivationStatus;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ActiveProfiles;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * An upload target attacked as the probe did: the session of an ordinary applicant, a raw POST far beyond the limit
 * (with its size declared, and chunked without one). The server must stop reading near the limit; what the client
 * managed to send is the measure of what the server read.
 */
@Tag("database")
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles(resolver = TestProfiles.class)
@Import({MovableClock.Config.class, cn.kunming.kjj.carrier.support.TypedIdsJdbc.class, Fixtures.class})
class UploadAttackHttpTest {

    private static final long HUGE = 300L * 1024 * 1024;
    /**
     * What the client may have handed over although the server stopped at the limit: the limit, the client's
     * read-ahead, both sockets' buffers (loopback buffers grow to several MB each side) and what Tomcat swallows
     * before it closes (2 MB). Measured at 21–33 MB; the unlimited handler read all 300.
     */
    private static final long READ_AT_MOST = 64L * 1024 * 1024;

    @LocalServerPort
    int port;
    @Autowired
    Fixtures fixtures;
    @Autowired
    CallService calls;
    @Autowired
    DossierService dossiers;

    private PortalClient applicant;
    private DossierId dossier;
    private UnitId unit;
    private AccountId account;

    @BeforeEach
    void anApplicantWithADraftOpen() throws Exception {
        CallId call = Scenarios.openCall(calls);
        unit = fixtures.unit("530102", ActivationStatus.ACTIVE);
        account = fixtures.account(Role.APPLICANT, "530102", unit, AccountStatus.ACTIVE);
        As.user(account, Role.APPLICANT, "530102", unit);
        dossier = dossiers.open(call, CarrierKind.CONCEPT_CENTER);
        As.signOut();
        applicant = new PortalClient("http://localhost:" + port, PortalClient.sharedHttp());
        assertThat(applicant.login(fixtures.username(account), Fixtures.PASSWORD)).isTrue();
        applicant.open("dossiers/" + dossier, "");
        assertThat(applicant.uploadTargets()).as("the editor offers uploads").isNotEmpty();
    }

    @AfterEach
    void signOut() {
        As.signOut();
    }

    @Test
    void aRawPostOf300MegabytesWithItsSizeDeclaredIsRefusedBeforeItIsRead() throws Exception {
        CountingBody body = new CountingBody(HUGE);
        send(HttpRequest.BodyPublishers.fromPublisher(HttpRequest.BodyPublishers.ofInputStream(() -> body), HUGE), "大文件.pdf");
        assertThat(body.read).as("bytes the server let the client send").isLessThan(READ_AT_MOST);
        assertThat(attachments()).isEmpty();
    }

    @Test
    void aChunkedPostOf300MegabytesIsReadToTheLimitAndRefused() throws Exception {
        CountingBody body = new CountingBody(HUGE);
        send(HttpRequest.BodyPublishers.ofInputStream(() -> body), "大文件.pdf");
        assertThat(body.read).as("bytes the server let the client send").isLessThan(READ_AT_MOST);
        assertThat(attachments()).isEmpty();
    }

    @Test
    void anExecutableIsRefusedByNameAndASmallPdfOnTheSameTargetIsTaken() throws Exception {
        send(HttpRequest.BodyPublishers.ofByteArray(SampleFiles.pdf()), "setup.exe");
        assertThat(attachments()).isEmpty();
        HttpResponse<String> taken = send(HttpRequest.BodyPublishers.ofByteArray(SampleFiles.pdf()), "申报书.pdf");
        assertThat(taken.statusCode()).isEqualTo(200);
        for (int i = 0; i < 50 && attachments().isEmpty(); i++) {
            Thread.sleep(100); // the file is handed to the view under the session's lock, right after the answer
        }
        assertThat(attachments()).singleElement().satisfies(a -> assertThat(a.toString()).contains("申报书.pdf"));
    }

    /** A raw POST to the first upload target, as Vaadin's upload sends a file; null when the server hung up. */
    private HttpResponse<String> send(HttpRequest.BodyPublisher body, String fileName) throws Exception {
        String target = applicant.uploadTargets().getFirst();
        try {
            return applicant.sendRaw(HttpRequest.newBuilder(URI.create(target))
                    .header("Content-Type", "application/octet-stream")
                    .header("X-Filename", java.net.URLEncoder.encode(fileName, java.nio.charset.StandardCharsets.UTF_8))
                    .POST(body));
        } catch (IOException hungUp) {
            return null; // the server answered and closed the connection while the body was still coming
        }
    }

    private List<?> attachments() {
        As.user(account, Role.APPLICANT, "530102", unit);
        try {
            return dossiers.attachments(dossier);
        } finally {
            As.signOut();
        }
    }
}
