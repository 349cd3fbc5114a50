package cn.kunming.kjj.carrier.common.ui;

import cn.kunming.kjj.carrier.common.AccountId;
import cn.kunming.kjj.carrier.common.CallId;
import cn.kunming.kjj.carrier.common.CarrierKind;
import cn.kunming.kjj.carrier.common.DossierId;
import cn.kunming.kjj.carrier.common.UnitId;
import cn.kunming.kjj.carrier.call.CallService;
import cn.kunming.kjj.carrier.dossier.Attachment;
import cn.kunming.kjj.carrier.dossier.DossierService;
import cn.kunming.kjj.carrier.security.AccountStatus;
import cn.kunming.kjj.carrier.security.Role;
import cn.kunming.kjj.carrier.storage.ContentStore;
import cn.kunming.kjj.carrier.support.As;
import cn.kunming.kjj.carrier.support.Fixtures;
import cn.kunming.kjj.carrier.support.MovableClock;
import cn.kunming.kjj.carrier.support.PortalClient;
import cn.kunming.kjj.carrier.support.SampleFiles;
import cn.kunming.kjj.carrier.support.Scenarios;
import cn.kunming.kjj.carrier.support.TestProfiles;
import cn.kunming.kjj.carrier.tenant.ActivationStatus;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ActiveProfiles;

import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.net.URI;
import java.net.http.HttpRequest;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A stored attachment downloaded over HTTP from a real server, as a browser follows the link: the stored bytes with
 * their length; a damaged file is never received whole under that length; another session cannot use the link.
 */
@Tag("database")
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles(resolver = TestProfiles.class)
@Import({MovableClock.Config.class, cn.kunming.kjj.carrier.support.TypedIdsJdbc.class, Fixtures.class})
class StoredDownloadHttpTest {

    @LocalServerPort
    int port;
    @Autowired
    Fixtures fixtures;
    @Autowired
    CallService calls;
    @Autowired
    DossierService dossiers;
    @Autowired
    ContentStore store;

    @AfterEach
    void signOut() {
        As.signOut();
    }

    private record Draft(AccountId account, DossierId dossier, Attachment attachment, byte[] bytes) {
    }

    private Draft draftWithAnAttachment(int size) {
        CallId call = Scenarios.openCall(calls);
        UnitId unit = fixtures.unit("530102", ActivationStatus.ACTIVE);
        AccountId account = fixtures.account(Role.APPLICANT, "530102", unit, AccountStatus.ACTIVE);
        As.user(account, Role.APPLICANT, "530102", unit);
        try {
            DossierId dossier = dossiers.open(call, CarrierKind.CONCEPT_CENTER);
            byte[] bytes = new byte[size];
            new Random().nextBytes(bytes);
            byte[] head = "%PDF-1.7\n".getBytes(StandardCharsets.US_ASCII);
            System.arraycopy(head, 0, bytes, 0, head.length);
            Attachment a = dossiers.addAttachment(dossier, null, SampleFiles.upload("场地证明.pdf", bytes));
            return new Draft(account, dossier, a, bytes);
        } finally {
            As.signOut();
        }
    }

    private PortalClient signedIn(AccountId account) throws Exception {
        PortalClient client = new PortalClient("http://localhost:" + port, PortalClient.sharedHttp());
        assertThat(client.login(fixtures.username(account), Fixtures.PASSWORD)).isTrue();
        return client;
    }

    /** The link of the draft's one attachment (the page's other download, the zip of all of them, opens no tab). */
    private static String linkOf(PortalClient client) {
        assertThat(client.previewLinks()).hasSize(1);
        return client.previewLinks().getFirst();
    }

    @Test
    void theLinkSendsTheStoredBytesWithTheirLength() throws Exception {
        Draft d = draftWithAnAttachment(2 * 1024 * 1024 + 5);
        PortalClient applicant = signedIn(d.account());
        applicant.open("dossiers/" + d.dossier(), "");

        HttpResponse<byte[]> response = applicant.fetch(linkOf(applicant));

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValueAsLong("Content-Length")).hasValue(d.bytes().length);
        assertThat(response.body()).isEqualTo(d.bytes());
    }

    @Test
    void aDamagedStoredFileIsNeverReceivedWhole() throws Exception {
        Draft d = draftWithAnAttachment(1024 * 1024);
        PortalClient applicant = signedIn(d.account());
        applicant.open("dossiers/" + d.dossier(), "");
        String sha = d.attachment().sha256();
        byte[] damaged = d.bytes().clone();
        damaged[damaged.length - 10] ^= 1;
        Files.write(Path.of(store.location()).resolve(sha.substring(0, 2)).resolve(sha), damaged);

        byte[] received;
        try {
            HttpResponse<byte[]> response = applicant.fetch(linkOf(applicant));
            received = response.statusCode() == 200 ? response.body() : new byte[0];
        } catch (IOException brokenOff) {
            received = new byte[0]; // the server broke the transfer off: what a browser reports as a failed download
        }
        assertThat(received).as("a damaged file is not delivered as if whole").isNotEqualTo(damaged)
                .hasSizeLessThan(damaged.length);
        Files.write(Path.of(store.location()).resolve(sha.substring(0, 2)).resolve(sha), d.bytes());
    }

    /**
     * A file small enough to be checked before anything is sent fails before the response starts: the tab a reader
     * opened shows the portal's page in Chinese, not the servlet container's English error page.
     */
    @Test
    void aSmallDamagedFileOpensAPageInChineseNotTheContainersErrorPage() throws Exception {
        Draft d = draftWithAnAttachment(1000);
        PortalClient applicant = signedIn(d.account());
        applicant.open("dossiers/" + d.dossier(), "");
        String sha = d.attachment().sha256();
        Path stored = Path.of(store.location()).resolve(sha.substring(0, 2)).resolve(sha);
        byte[] damaged = d.bytes().clone();
        damaged[500] ^= 1;
        Files.write(stored, damaged);
        try {
            HttpResponse<String> response = applicant.sendRaw(HttpRequest.newBuilder(URI.create(linkOf(applicant)))
                    .header("Accept", "text/html,application/xhtml+xml").GET());
            assertThat(response.statusCode()).isEqualTo(500);
            assertThat(response.body()).contains("系统未能完成这次请求").doesNotContain("Whitelabel")
                    .doesNotContain("Exception");
        } finally {
            Files.write(stored, d.bytes());
        }
    }

    @Test
    void anotherSessionCannotFollowTheLink() throws Exception {
        Draft d = draftWithAnAttachment(4096);
        PortalClient applicant = signedIn(d.account());
        applicant.open("dossiers/" + d.dossier(), "");
        Draft other = draftWithAnAttachment(4096);
        PortalClient stranger = signedIn(other.account());
        stranger.open("dossiers/" + other.dossier(), "");

        HttpResponse<byte[]> response = stranger.fetch(linkOf(applicant));

        assertThat(response.statusCode()).isNotEqualTo(200);
        assertThat(new String(response.body(), StandardCharsets.ISO_8859_1)).doesNotContain(
                new String(d.bytes(), 0, 64, StandardCharsets.ISO_8859_1));
    }
}
