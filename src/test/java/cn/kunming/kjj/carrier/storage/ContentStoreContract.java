package cn.kunming.kjj.carrier.storage;

import java.io.ByteArrayOutputStream;
import cn.kunming.kjj.carrier.common.UploadedFile;
import cn.kunming.kjj.carrier.common.ContentStream;
import cn.kunming.kjj.carrier.common.PortalException;
import cn.kunming.kjj.carrier.common.Sha256;
import cn.kunming.kjj.carrier.support.CountingBody;
import cn.kunming.kjj.carrier.support.SampleFiles;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * What every place for attachments does, the node's disk and an S3-compatible bucket alike: files go in and come out
 * as streams with the same bytes, once per content, damage is caught on reading, and a copy to another store (the
 * migration, the backup, the restore) is verified file by file.
 */
abstract class ContentStoreContract {

    /** An empty store of the kind under test (each call a new one). */
    abstract ContentStore emptyStore() throws Exception;

    /** Replaces what the store holds under a hash with other bytes, as a disk or a bucket could damage it. */
    abstract void damage(ContentStore store, String sha256, byte[] bytes) throws Exception;

    /** A PDF of the given size whose bytes differ from run to run, written to a file (never held whole in memory). */
    static Path pdfFile(long size) throws IOException {
        Path file = Files.createTempFile("sample", ".pdf");
        Random random = new Random();
        try (OutputStream out = Files.newOutputStream(file)) {
            byte[] head = ("%PDF-1.7\n% " + random.nextLong() + "\n").getBytes(StandardCharsets.US_ASCII);
            out.write(head);
            byte[] chunk = new byte[64 * 1024];
            for (long written = head.length; written < size; written += chunk.length) {
                random.nextBytes(chunk);
                out.write(chunk, 0, (int) Math.min(chunk.length, size - written));
            }
        }
        return file;
    }

    static String sha256(Path file) throws IOException {
        return Hashes.of(Files.newInputStream(file));
    }

    private static List<String> hashes(ContentStore store) {
        try (Stream<String> all = store.hashes()) {
            return all.toList();
        }
    }

    @Test
    void aFileStreamedInIsStreamedOutWithTheSameBytesCheckedAgainstItsName() throws Exception {
        ContentStore store = emptyStore();
        AttachmentStore attachments = new AttachmentStore(store);
        Path file = pdfFile(12L * 1024 * 1024 + 7);

        AttachmentStore.Kept kept;
        try (InputStream in = Files.newInputStream(file)) {
            kept = attachments.keepChecked("申报书.pdf", in);
        }
        assertThat(kept.sha256()).isEqualTo(sha256(file));
        assertThat(kept.size()).isEqualTo(Files.size(file));
        assertThat(kept.type()).isEqualTo(FileType.PDF);
        assertThat(store.contains(kept.sha256())).isTrue();
        assertThat(Hashes.of(attachments.open(kept.sha256()))).isEqualTo(kept.sha256());
        assertThat(hashes(store)).containsExactly(kept.sha256());
    }

    @Test
    void theSameUploadKeptTwiceIsStoredOnceAndReadBackWithItsSize() throws Exception {
        ContentStore store = emptyStore();
        AttachmentStore attachments = new AttachmentStore(store);
        byte[] pdf = (new String(SampleFiles.pdf(), StandardCharsets.US_ASCII) + System.nanoTime())
                .getBytes(StandardCharsets.US_ASCII);

        try (UploadedFile a = SampleFiles.upload("a.pdf", pdf); UploadedFile b = SampleFiles.upload("b.pdf", pdf)) {
            AttachmentStore.Kept first = attachments.keepChecked(a);
            AttachmentStore.Kept second = attachments.keepChecked(b);
            assertThat(second.sha256()).isEqualTo(first.sha256()).isEqualTo(Sha256.hex(pdf));
            assertThat(first.size()).isEqualTo(pdf.length);
            assertThat(Files.exists(a.path())).as("the upload stays its receiver's to delete").isTrue();
            try (ContentStream in = attachments.open(first.sha256())) {
                assertThat(in.size()).isEqualTo(pdf.length);
                assertThat(in.readAllBytes()).isEqualTo(pdf);
            }
            assertThat(hashes(store)).containsExactly(first.sha256());
        }
    }

    @Test
    void aStreamedUploadIsCheckedLikeBytesAndReadingStopsOneBytePastTheLimit() throws Exception {
        AttachmentStore attachments = new AttachmentStore(emptyStore());
        CountingBody huge = new CountingBody(300L * 1024 * 1024);
        assertThatThrownBy(() -> attachments.keepChecked("huge.pdf", huge)).isInstanceOf(PortalException.class)
                .hasMessage("attachment.tooLarge");
        assertThat(huge.read).isEqualTo(AttachmentStore.MAX_BYTES + 1L);

        assertThatThrownBy(() -> attachments.keepChecked("photo.pdf", InputStream.nullInputStream()))
                .isInstanceOf(PortalException.class).hasMessage("attachment.typeNotAllowed");
        try (InputStream png = new java.io.ByteArrayInputStream(SampleFiles.png())) {
            assertThatThrownBy(() -> attachments.keepChecked("photo.pdf", png))
                    .isInstanceOf(PortalException.class).hasMessage("attachment.nameDoesNotMatch");
        }
        try (InputStream ofd = new java.io.ByteArrayInputStream(SampleFiles.zip("OFD.xml"))) {
            assertThat(attachments.keepChecked("证明.ofd", ofd).type()).isEqualTo(FileType.OFD);
        }
    }

    @Test
    void contentThatIsMissingOrDamagedIsNeverTakenForTheFile() throws Exception {
        ContentStore store = emptyStore();
        AttachmentStore attachments = new AttachmentStore(store);
        String missing = "0".repeat(64);
        assertThatThrownBy(() -> attachments.open(missing)).isInstanceOf(MissingContentException.class);
        assertThatThrownBy(() -> attachments.open("../../etc/passwd")).isInstanceOf(IllegalArgumentException.class);

        Path file = pdfFile(300_000);
        String sha = sha256(file);
        store.put(sha, file);
        byte[] damaged = Files.readAllBytes(file);
        damaged[damaged.length / 2] ^= 1;
        damage(store, sha, damaged);

        assertThatThrownBy(() -> Hashes.of(attachments.open(sha))).isInstanceOf(CorruptContentException.class);
        try (ContentStream in = attachments.open(sha)) {
            ByteArrayOutputStream sent = new ByteArrayOutputStream();
            assertThatThrownBy(() -> in.transferTo(sent)).isInstanceOf(CorruptContentException.class);
            assertThat(sent.size()).as("a damaged file's last byte is never handed on").isLessThan(damaged.length);
        }
    }

    @Test
    void anUploadOfExactlyTwentyMegabytesIsKeptAndOneByteMoreIsRefusedWithNothingStored() throws Exception {
        ContentStore store = emptyStore();
        AttachmentStore attachments = new AttachmentStore(store);
        Path exact = pdfFile(AttachmentStore.MAX_BYTES);
        Path over = pdfFile(AttachmentStore.MAX_BYTES + 1L);
        try (UploadedFile one = new UploadedFile("申报书.pdf", Files.size(exact), exact);
             UploadedFile two = new UploadedFile("申报书.pdf", Files.size(over), over)) {
            AttachmentStore.Kept kept = attachments.keepChecked(one);
            assertThat(kept.size()).isEqualTo(AttachmentStore.MAX_BYTES);
            assertThat(store.size(kept.sha256())).isEqualTo(AttachmentStore.MAX_BYTES);
            assertThatThrownBy(() -> attachments.keepChecked(two)).isInstanceOf(PortalException.class)
                    .hasMessage("attachment.tooLarge");
            assertThat(hashes(store)).containsExactly(kept.sha256());
        }
    }

    @Test
    void aStoredFileReadByteByByteOrInChunksIsTheSameAndDamageIsCaughtEitherWay() throws Exception {
        ContentStore store = emptyStore();
        AttachmentStore attachments = new AttachmentStore(store);
        Path file = pdfFile(70_001);
        String sha = sha256(file);
        store.put(sha, file);
        byte[] whole = Files.readAllBytes(file);

        ByteArrayOutputStream oneByOne = new ByteArrayOutputStream();
        try (ContentStream in = attachments.open(sha)) {
            for (int b = in.read(); b >= 0; b = in.read()) {
                oneByOne.write(b);
            }
            assertThat(in.read()).as("the end stays the end").isEqualTo(-1);
        }
        assertThat(oneByOne.toByteArray()).isEqualTo(whole);

        byte[] damaged = whole.clone();
        damaged[damaged.length - 1] ^= 1;
        damage(store, sha, damaged);
        ByteArrayOutputStream sent = new ByteArrayOutputStream();
        try (ContentStream in = attachments.open(sha)) {
            assertThatThrownBy(() -> {
                for (int b = in.read(); b >= 0; b = in.read()) {
                    sent.write(b);
                }
            }).isInstanceOf(CorruptContentException.class);
            assertThatThrownBy(in::read).as("and stays damaged").isInstanceOf(CorruptContentException.class);
        }
        assertThat(sent.size()).isEqualTo(whole.length - 1);
    }

    @Test
    void aCopyToAnotherStoreIsVerifiedFileByFileReportsDamageAndCanBeRunAgain() throws Exception {
        Path folder = Files.createTempDirectory("attachments");
        FilesystemContentStore disk = new FilesystemContentStore(folder);
        List<Path> files = List.of(pdfFile(1000), pdfFile(2_500_000), pdfFile(40_000));
        for (Path f : files) {
            disk.put(sha256(f), f);
        }
        String broken = sha256(files.get(2));
        Files.write(folder.resolve(broken.substring(0, 2)).resolve(broken), SampleFiles.pdf());
        Files.writeString(folder.resolve("README.txt"), "not content");
        ContentStore target = emptyStore();

        StorageTransfer.Report first = StorageTransfer.copy(disk, target, progress -> { });
        assertThat(first.found()).isEqualTo(3);
        assertThat(first.copied()).isEqualTo(2);
        assertThat(first.verified()).isEqualTo(2);
        assertThat(first.failures()).singleElement().asString().startsWith(broken).contains("damaged");
        assertThat(first.ok()).isFalse();
        assertThat(target.contains(broken)).isFalse();

        Files.copy(files.get(2), folder.resolve(broken.substring(0, 2)).resolve(broken),
                java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        StorageTransfer.Report again = StorageTransfer.copy(disk, target, progress -> { });
        assertThat(again).extracting(StorageTransfer.Report::found, StorageTransfer.Report::copied,
                StorageTransfer.Report::alreadyThere, StorageTransfer.Report::verified).containsExactly(3L, 1L, 2L, 3L);
        assertThat(again.ok()).isTrue();
        assertThat(StorageTransfer.verify(target).ok()).isTrue();
    }

    @Test
    void aBackupIntoAFolderRestoresIntoAnEmptyStoreWithEveryFileIntact() throws Exception {
        ContentStore store = emptyStore();
        List<Path> files = List.of(pdfFile(5000), pdfFile(700_000));
        for (Path f : files) {
            store.put(sha256(f), f);
        }
        Path backup = Files.createTempDirectory("backup");

        StorageTransfer.Report exported = StorageTransfer.copy(store, new FilesystemContentStore(backup), p -> { });
        assertThat(exported.ok()).as(exported.toString()).isTrue();
        assertThat(exported.copied()).isEqualTo(2);

        ContentStore restored = emptyStore();
        StorageTransfer.Report imported = StorageTransfer.copy(new FilesystemContentStore(backup), restored, p -> { });
        assertThat(imported.ok()).as(imported.toString()).isTrue();
        for (Path f : files) {
            assertThat(Hashes.of(restored.open(sha256(f)))).isEqualTo(sha256(f));
        }
        StorageTransfer.Report verified = StorageTransfer.verify(restored);
        assertThat(verified.found()).isEqualTo(2);
        assertThat(verified.ok()).isTrue();
    }
}
