package cn.kunming.kjj.carrier.common.ui;

import cn.kunming.kjj.carrier.common.UploadedFile;
import cn.kunming.kjj.carrier.common.UploadedFileName;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.server.ErrorEvent;
import org.jspecify.annotations.Nullable;
import com.vaadin.flow.server.streams.UploadEvent;
import com.vaadin.flow.server.streams.UploadHandler;

import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.BiConsumer;
import java.util.function.Consumer;

/**
 * Receives one uploaded file and stops reading at the limit: a declared size above it is refused before a byte is
 * read, and a body without a declared size (chunked, or lying) is read until one byte past the limit and then refused.
 * The name sent is cleaned first ({@link UploadedFileName}): it is checked, shown, kept and sent again as cleaned.
 * The body is copied into a file of the uploads folder ({@link UploadedFile}), never held in memory beyond one
 * buffer; the file is handed to the receiver inside the UI's lock and deleted when the receiver returns, whatever
 * happened, as it is when the body is refused or breaks off. Vaadin's ready-made in-memory handler reads the whole
 * request first and leaves the size check to the browser, so a raw POST of any size filled the heap (security
 * finding 2).
 */
final class LimitedUploadHandler implements UploadHandler {

    /** Why a file was refused: too large (with the limit) or of a type the upload does not take. */
    enum Refusal { TOO_LARGE, WRONG_TYPE }

    private final long maxBytes;
    private final List<String> acceptedExtensions;
    private final Consumer<UploadedFile> received;
    private final BiConsumer<String, Refusal> refused;

    LimitedUploadHandler(long maxBytes, List<String> acceptedExtensions, Consumer<UploadedFile> received,
                         BiConsumer<String, Refusal> refused) {
        this.maxBytes = maxBytes;
        this.acceptedExtensions = acceptedExtensions.stream().map(e -> e.toLowerCase(Locale.ROOT)).toList();
        this.received = received;
        this.refused = refused;
    }

    /** Also tells Vaadin's multipart parsing to stop at the limit (with room for the part headers). */
    @Override
    public long getRequestSizeMax() {
        return maxBytes + 64 * 1024;
    }

    @Override
    public long getFileSizeMax() {
        return maxBytes;
    }

    @Override
    public void handleUploadRequest(UploadEvent event) throws IOException {
        String fileName = UploadedFileName.of(event.getFileName());
        UI ui = event.getUI();
        if (!accepted(fileName)) {
            refuse(event, ui, fileName, Refusal.WRONG_TYPE);
            return;
        }
        if (event.getFileSize() > maxBytes) {
            refuse(event, ui, fileName, Refusal.TOO_LARGE);
            return;
        }
        Optional<UploadedFile> file;
        try (InputStream in = event.getInputStream()) {
            file = UploadedFile.receive(fileName, in, maxBytes);
        }
        if (file.isEmpty()) {
            refuse(event, ui, fileName, Refusal.TOO_LARGE);
            return;
        }
        try (UploadedFile uploaded = file.get()) {
            in(ui, () -> received.accept(uploaded));
        }
    }

    private void refuse(UploadEvent event, UI ui, String fileName, Refusal why) {
        event.reject(why.name());
        in(ui, () -> refused.accept(fileName, why));
    }

    /**
     * Runs the action under the UI's lock and waits for it, so that the file can be deleted right after; this request
     * holds no lock of the session (Vaadin releases it before an upload is read). What the action throws goes to the
     * session's error handler, as it would from {@code ui.access}.
     */
    private static void in(@Nullable UI ui, Runnable action) {
        if (ui == null) {
            action.run();
            return;
        }
        ui.accessSynchronously(() -> {
            try {
                action.run();
            } catch (RuntimeException e) {
                ui.getSession().getErrorHandler().error(new ErrorEvent(e));
            }
        });
    }

    boolean accepted(String fileName) {
        String name = fileName.toLowerCase(Locale.ROOT);
        return acceptedExtensions.isEmpty() || acceptedExtensions.stream().anyMatch(name::endsWith);
    }
}
