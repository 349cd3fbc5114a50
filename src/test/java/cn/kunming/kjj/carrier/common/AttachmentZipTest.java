package cn.kunming.kjj.carrier.common;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Supplier;
import java.util.zip.ZipException;
import java.util.zip.ZipFile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The zip of attachments as it reaches the reader, whole or visibly broken (eyes on issue 26). */
class AttachmentZipTest {

    @TempDir
    Path dir;

    @Test
    void aZipWithoutDamageIsAWholeArchiveWithEveryFileAndTheManifest() throws Exception {
        ClosingProbe out = new ClosingProbe();
        AttachmentZip.write(List.of(entry("a.pdf", content("%PDF-1 a")), entry("b.pdf", content("%PDF-1 b"))), out);

        try (ZipFile zip = new ZipFile(written(out).toFile())) {
            assertThat(zip.stream().map(e -> e.getName()).toList())
                    .containsExactly("d1/a.pdf", "d1/b.pdf", AttachmentZip.MANIFEST);
        }
        assertThat(out.closed).isTrue();
    }

    /**
     * Found over HTTP: a dossier's zip with a damaged file arrived as a complete download (the chunked response ended
     * normally) of a well-formed zip that held the files before the damaged one, the damaged one short of its last
     * byte, and nothing after it — no manifest, no sign of the break.
     */
    @Test
    void aDamagedFileLeavesAnUnfinishedZipAndTheResponseOpenSoThatTheDownloadBreaksOff() throws Exception {
        ClosingProbe out = new ClosingProbe();
        List<AttachmentZip.Entry> entries = List.of(entry("whole.pdf", content("%PDF-1 whole")),
                entry("damaged.pdf", () -> failingAtItsEnd("%PDF-1 damaged")), entry("after.pdf", content("%PDF-1 after")));

        assertThatThrownBy(() -> AttachmentZip.write(entries, out))
                .isInstanceOf(PortalException.class)
                .extracting(e -> ((PortalException) e).messageKey()).isEqualTo("attachment.corrupted");

        assertThat(out.closed).as("the response is left for the container to break off").isFalse();
        assertThatThrownBy(() -> new ZipFile(written(out).toFile()).close())
                .as("no central directory: an archive program reports a broken zip")
                .isInstanceOf(ZipException.class);
    }

    private Path written(ByteArrayOutputStream out) throws IOException {
        return Files.write(dir.resolve("written.zip"), out.toByteArray());
    }

    private static AttachmentZip.Entry entry(String name, Supplier<InputStream> content) {
        return new AttachmentZip.Entry("d1", name, DossierId.of(1), "示例单位", "示例中心", null, "0".repeat(64), content);
    }

    private static Supplier<InputStream> content(String text) {
        return () -> new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8));
    }

    /** Like the store's checking stream on damaged content: the bytes but the last, then an error instead of the end. */
    private static InputStream failingAtItsEnd(String text) {
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        return new FilterInputStream(new ByteArrayInputStream(bytes, 0, bytes.length - 1)) {
            @Override
            public int read(byte[] b, int off, int len) throws IOException {
                int n = super.read(b, off, len);
                if (n < 0) {
                    throw new IOException("content stored as 000… has another SHA-256");
                }
                return n;
            }
        };
    }

    private static final class ClosingProbe extends ByteArrayOutputStream {
        boolean closed;

        @Override
        public void close() {
            closed = true;
        }
    }
}
