package cn.kunming.kjj.carrier.common.ui;

import cn.kunming.kjj.carrier.common.ContentStream;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AttachmentType;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;

import java.io.ByteArrayInputStream;
import java.io.OutputStream;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * Links that produce a file when clicked (the bytes are made or opened then, by a service, under the user's rights):
 * documents the portal makes ({@link #link}, {@link #preview}, {@link #streamed}) and stored files ({@link #stored}).
 */
public final class Downloads {

    public static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    public static final String ZIP = "application/zip";
    public static final String CSV = "text/csv; charset=UTF-8";
    public static final String DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";
    public static final String PDF = "application/pdf";

    private Downloads() {
    }

    public static Anchor link(String label, String fileName, String contentType, Supplier<byte[]> bytes) {
        Anchor anchor = new Anchor(DownloadHandler.fromInputStream(event -> {
            byte[] content = bytes.get();
            return new DownloadResponse(new ByteArrayInputStream(content), fileName, contentType, content.length);
        }), label);
        anchor.getElement().setAttribute("download", true);
        return anchor;
    }

    /** A file written straight into the response as it is made (large zips), under the user's rights. */
    public static Anchor streamed(String label, String fileName, String contentType, Consumer<OutputStream> writer) {
        Anchor anchor = new Anchor((DownloadHandler) event -> {
            event.setFileName(fileName);
            event.setContentType(contentType);
            writer.accept(event.getOutputStream());
        }, label);
        anchor.getElement().setAttribute("download", true);
        return anchor;
    }

    /**
     * A stored file (an attachment, evidence, a licence scan), opened in the browser (PDF and images preview there) and
     * streamed from the store as it is sent: nothing of it is held in memory. The service that opens it checks the
     * reader's rights when the link is followed, before any byte is sent; the length is the stored size, so that
     * damaged content, which ends the stream in an error before its last byte, leaves the browser with a failed
     * transfer rather than a wrong file.
     */
    public static Anchor stored(String label, String fileName, String contentType, Supplier<ContentStream> content) {
        Anchor anchor = new Anchor(new StoredDownload(fileName, contentType, content), AttachmentType.INLINE, label);
        anchor.setTarget("_blank");
        return anchor;
    }

    /** Opens in the browser (PDF and images preview there): documents the portal makes. */
    public static Anchor preview(String label, String fileName, String contentType, Supplier<byte[]> bytes) {
        Anchor anchor = new Anchor(DownloadHandler.fromInputStream(event -> {
            byte[] content = bytes.get();
            return new DownloadResponse(new ByteArrayInputStream(content), fileName, contentType, content.length);
        }).inline(), label);
        anchor.setTarget("_blank");
        return anchor;
    }
}
