package cn.kunming.kjj.carrier.common.ui;

import cn.kunming.kjj.carrier.common.NotFoundException;
import cn.kunming.kjj.carrier.common.UploadedFile;
import cn.kunming.kjj.carrier.storage.AttachmentStore;
import cn.kunming.kjj.carrier.storage.Attachments;
import cn.kunming.kjj.carrier.storage.CorruptContentException;
import cn.kunming.kjj.carrier.storage.FilesystemContentStore;
import cn.kunming.kjj.carrier.support.SampleFiles;
import com.vaadin.flow.server.streams.DownloadEvent;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

/** A stored file sent to a browser: as it is read, with its stored length, and never whole when it is damaged. */
class StoredDownloadTest {

    private final Path folder = newFolder();
    private final AttachmentStore attachments = Attachments.over(new FilesystemContentStore(folder));

    private static Path newFolder() {
        try {
            return Files.createTempDirectory("attachments");
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static byte[] pdf(int size) {
        byte[] bytes = new byte[size];
        new Random().nextBytes(bytes);
        byte[] head = "%PDF-1.7\n".getBytes(StandardCharsets.US_ASCII);
        System.arraycopy(head, 0, bytes, 0, head.length);
        return bytes;
    }

    private String kept(byte[] bytes) {
        try (UploadedFile file = SampleFiles.upload("现场照片.pdf", bytes)) {
            return attachments.keepChecked(file).sha256();
        }
    }

    private static DownloadEvent download(ByteArrayOutputStream browser) {
        DownloadEvent event = mock(DownloadEvent.class);
        when(event.getOutputStream()).thenReturn(browser);
        return event;
    }

    @Test
    void aStoredFileIsSentAsItIsReadWithItsStoredSizeAsTheLength() throws Exception {
        byte[] bytes = pdf(3 * 1024 * 1024 + 17);
        String sha = kept(bytes);
        ByteArrayOutputStream browser = new ByteArrayOutputStream();
        DownloadEvent event = download(browser);

        new StoredDownload("现场照片.pdf", Downloads.PDF, () -> attachments.open(sha)).handleDownloadRequest(event);

        verify(event).setContentLength(bytes.length);
        verify(event).inline("现场照片.pdf");
        verify(event).setContentType(Downloads.PDF);
        assertThat(browser.toByteArray()).isEqualTo(bytes);
    }

    @Test
    void aDamagedStoredFileEndsTheDownloadInAnErrorBeforeItsLastByte() throws Exception {
        byte[] bytes = pdf(1024 * 1024);
        String sha = kept(bytes);
        byte[] damaged = bytes.clone();
        damaged[damaged.length / 2] ^= 1;
        Files.write(folder.resolve(sha.substring(0, 2)).resolve(sha), damaged);
        ByteArrayOutputStream browser = new ByteArrayOutputStream();
        DownloadEvent event = download(browser);

        assertThatThrownBy(() -> new StoredDownload("现场照片.pdf", Downloads.PDF, () -> attachments.open(sha))
                .handleDownloadRequest(event)).isInstanceOf(CorruptContentException.class);

        verify(event).setContentLength(bytes.length);
        assertThat(browser.size()).as("short of the announced length, so the browser reports a failure")
                .isLessThan(bytes.length);
    }

    @Test
    void aReaderOutOfScopeGetsAnErrorAndNotAByte() throws Exception {
        ByteArrayOutputStream browser = new ByteArrayOutputStream();
        DownloadEvent event = download(browser);

        assertThatThrownBy(() -> new StoredDownload("现场照片.pdf", Downloads.PDF, () -> {
            throw new NotFoundException();
        }).handleDownloadRequest(event)).isInstanceOf(NotFoundException.class);

        verify(event, never()).getOutputStream();
        verify(event, never()).setContentLength(anyLong());
        assertThat(browser.size()).isZero();
    }
}
