package cn.kunming.kjj.carrier.storage;

import cn.kunming.kjj.carrier.common.DossierId;
import cn.kunming.kjj.carrier.common.CallId;
import cn.kunming.kjj.carrier.call.CallDraft;
import cn.kunming.kjj.carrier.call.CallService;
import cn.kunming.kjj.carrier.call.RequiredAttachment;
import cn.kunming.kjj.carrier.common.CarrierKind;
import cn.kunming.kjj.carrier.dossier.Attachment;
import cn.kunming.kjj.carrier.dossier.DossierService;
import cn.kunming.kjj.carrier.security.Role;
import cn.kunming.kjj.carrier.support.As;
import cn.kunming.kjj.carrier.support.Fixtures;
import cn.kunming.kjj.carrier.support.MovableClock;
import cn.kunming.kjj.carrier.support.S3TestServer;
import cn.kunming.kjj.carrier.support.SampleFiles;
import cn.kunming.kjj.carrier.support.TestProfiles;
import cn.kunming.kjj.carrier.tenant.ActivationStatus;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalManagementPort;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The portal with {@code portal.storage.type=s3} against a real S3-compatible server (S3Proxy; Maven profile s3): a
 * dossier's attachment goes to the bucket and comes back from it, readiness asks the bucket, and the operators'
 * commands move a single node's disk into the bucket, back the bucket up and check it — each file verified.
 */
@Tag("s3")
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles(resolver = TestProfiles.class)
@Import({MovableClock.Config.class, cn.kunming.kjj.carrier.support.TypedIdsJdbc.class, Fixtures.class})
class S3AttachmentsSpringTest {

    private static final String BUCKET = S3TestServer.uniqueBucket("portal");
    private static final Path DISK = temporaryFolder();

    private static Path temporaryFolder() {
        try {
            return Files.createTempDirectory("single-node-attachments");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @DynamicPropertySource
    static void bucket(DynamicPropertyRegistry properties) {
        properties.add("portal.storage.type", () -> "s3");
        properties.add("portal.storage.s3.endpoint", S3TestServer::endpoint);
        properties.add("portal.storage.s3.access-key", S3TestServer::accessKey);
        properties.add("portal.storage.s3.secret-key", S3TestServer::secretKey);
        properties.add("portal.storage.s3.bucket", () -> BUCKET);
        properties.add("portal.storage.s3.create-bucket", () -> "true");
        properties.add("portal.attachments.dir", DISK::toString);
    }

    @Autowired
    DossierService dossiers;
    @Autowired
    CallService calls;
    @Autowired
    Fixtures fixtures;
    @Autowired
    ContentStore store;
    @Autowired
    ConfigurableApplicationContext context;
    @LocalManagementPort
    int managementPort;

    @AfterEach
    void signOut() {
        As.signOut();
    }

    private StorageTransfer.Report command(boolean migrate, String exportTo, String importFrom, boolean verify) {
        return new StorageCommands(store, context, DISK, migrate, exportTo, importFrom, verify, false).execute()
                .orElseThrow();
    }

    @Test
    void aDossiersAttachmentIsKeptInTheBucketAndReadBackFromIt() {
        As.role(Role.BUREAU_OFFICER, "KMKJJ");
        LocalDateTime now = calls.now();
        CallId call = calls.create(new CallDraft(now.getYear(), Fixtures.unique("通知"), Set.of(CarrierKind.CONCEPT_CENTER),
                now.minusDays(1), now.plusDays(5), "",
                List.of(new RequiredAttachment(CarrierKind.CONCEPT_CENTER, "C1", "承诺书"))));
        calls.publish(call, 0);
        As.user(9001, Role.APPLICANT, "530102", fixtures.unit("530102", ActivationStatus.ACTIVE));
        DossierId id = dossiers.open(call, CarrierKind.CONCEPT_CENTER);
        byte[] pdf = (new String(SampleFiles.pdf(), StandardCharsets.US_ASCII) + Fixtures.unique(" "))
                .getBytes(StandardCharsets.US_ASCII);

        Attachment a = dossiers.addAttachment(id, "C1", cn.kunming.kjj.carrier.support.SampleFiles.upload("承诺书.pdf", pdf));

        assertThat(store).isInstanceOf(S3ContentStore.class);
        assertThat(store.location()).startsWith("s3://" + BUCKET + "/");
        assertThat(store.contains(a.sha256())).isTrue();
        assertThat(DISK.resolve(a.sha256().substring(0, 2))).as("nothing on the node's disk").doesNotExist();
        assertThat(dossiers.attachmentContent(id, a.id())).hasBinaryContent(pdf);
    }

    @Test
    void readinessAsksTheBucket() throws Exception {
        HttpResponse<String> readiness = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                URI.create("http://localhost:" + managementPort + "/actuator/health/readiness")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(readiness.statusCode()).isEqualTo(200);
        assertThat(readiness.body()).contains("\"objectStorage\":{\"status\":\"UP\"");
    }

    @Test
    void theMigrationCopiesTheDisksFilesIntoTheBucketVerifiesEachAndTheBackupCommandsRoundTrip() throws Exception {
        FilesystemContentStore disk = new FilesystemContentStore(DISK);
        List<Path> files = List.of(ContentStoreContract.pdfFile(3000), ContentStoreContract.pdfFile(1_200_000),
                ContentStoreContract.pdfFile(64_000));
        for (Path f : files) {
            disk.put(ContentStoreContract.sha256(f), f);
        }

        StorageTransfer.Report migrated = command(true, "", "", false);
        assertThat(migrated.ok()).as(migrated.toString()).isTrue();
        assertThat(migrated.found()).isEqualTo(3);
        assertThat(migrated.copied()).isEqualTo(3);
        assertThat(migrated.verified()).isEqualTo(3);
        for (Path f : files) {
            assertThat(store.contains(ContentStoreContract.sha256(f))).isTrue();
        }
        StorageTransfer.Report again = command(true, "", "", false);
        assertThat(again.copied()).as("a second run copies nothing").isZero();
        assertThat(again.alreadyThere()).isEqualTo(3);

        Path backup = Files.createTempDirectory("bucket-backup");
        StorageTransfer.Report exported = command(false, backup.toString(), "", false);
        assertThat(exported.ok()).as(exported.toString()).isTrue();
        assertThat(new FilesystemContentStore(backup).hashes().toList())
                .containsAll(files.stream().map(f -> {
                    try {
                        return ContentStoreContract.sha256(f);
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                }).toList());
        StorageTransfer.Report imported = command(false, "", backup.toString(), false);
        assertThat(imported.ok()).as(imported.toString()).isTrue();
        assertThat(imported.copied()).as("the bucket had them all").isZero();

        StorageTransfer.Report checked = command(false, "", "", true);
        assertThat(checked.ok()).as(checked.toString()).isTrue();
        assertThat(checked.verified()).isGreaterThanOrEqualTo(3);
    }
}
