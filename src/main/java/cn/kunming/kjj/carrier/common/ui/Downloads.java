package cn.kunming.kjj.carrier.common.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;

import java.io.ByteArrayInputStream;
import java.io.OutputStream;
import java.util.function.Consumer;
import java.util.function.Supplier;

/** Links that produce a file when clicked (the bytes are made then, by a service, under the user's rights). */
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

    /** Opens in the browser (PDF and images preview there). */
    public static Anchor preview(String label, String fileName, String contentType, Supplier<byte[]> bytes) {
        Anchor anchor = new Anchor(DownloadHandler.fromInputStream(event -> {
            byte[] content = bytes.get();
            return new DownloadResponse(new ByteArrayInputStream(content), fileName, contentType, content.length);
        }).inline(), label);
        anchor.setTarget("_blank");
        return anchor;
    }
}
