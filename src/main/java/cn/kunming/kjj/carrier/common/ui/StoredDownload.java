package cn.kunming.kjj.carrier.common.ui;

import cn.kunming.kjj.carrier.common.ContentStream;
import com.vaadin.flow.server.streams.DownloadEvent;
import com.vaadin.flow.server.streams.DownloadHandler;

import java.io.IOException;
import java.util.function.Supplier;

/**
 * Sends a stored file as it is read from the store. The stream is opened first (the service checks the reader's
 * rights then, so a reader out of scope gets an error and not a byte); the announced length is the stored size; a
 * stream that fails (damaged content ends before its last byte) ends the response short of that length, which the
 * browser reports as a failed download.
 */
final class StoredDownload implements DownloadHandler {

    private final String fileName;
    private final String contentType;
    private final Supplier<ContentStream> content;

    StoredDownload(String fileName, String contentType, Supplier<ContentStream> content) {
        this.fileName = fileName;
        this.contentType = contentType;
        this.content = content;
    }

    @Override
    public void handleDownloadRequest(DownloadEvent event) throws IOException {
        try (ContentStream in = content.get()) {
            event.inline(fileName);
            event.setContentType(contentType);
            if (in.size() >= 0) {
                event.setContentLength(in.size());
            }
            in.transferTo(event.getOutputStream());
        }
    }
}
