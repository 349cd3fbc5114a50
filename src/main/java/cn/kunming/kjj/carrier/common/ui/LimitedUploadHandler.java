package cn.kunming.kjj.carrier.common.ui;

import cn.kunming.kjj.carrier.common.BoundedRead;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.server.streams.UploadEvent;
import com.vaadin.flow.server.streams.UploadHandler;

import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.Locale;
import java.util.function.BiConsumer;
import java.util.function.Consumer;

/**
 * Receives one uploaded file and stops reading at the limit: a declared size above it is refused before a byte is
 * read, and a body without a declared size (chunked, or lying) is read until one byte past the limit and then refused.
 * Nothing beyond the limit (plus one buffer) is held in memory and no temporary file is written. Vaadin's ready-made
 * in-memory handler reads the whole request first and leaves the size check to the browser, so a raw POST of any
 * size filled the heap (security finding 2).
 */
final class LimitedUploadHandler implements UploadHandler {

    /** Why a file was refused: too large (with the limit) or of a type the upload does not take. */
    enum Refusal { TOO_LARGE, WRONG_TYPE }

    private final long maxBytes;
    private final List<String> acceptedExtensions;
    private final BiConsumer<String, byte[]> received;
    private final BiConsumer<String, Refusal> refused;

    LimitedUploadHandler(long maxBytes, List<String> acceptedExtensions, BiConsumer<String, byte[]> received,
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
        String fileName = event.getFileName() == null ? "" : event.getFileName();
        UI ui = event.getUI();
        if (!accepted(fileName)) {
            refuse(event, ui, fileName, Refusal.WRONG_TYPE);
            return;
        }
        if (event.getFileSize() > maxBytes) {
            refuse(event, ui, fileName, Refusal.TOO_LARGE);
            return;
        }
        byte[] bytes;
        try (InputStream in = event.getInputStream()) {
            bytes = BoundedRead.atMost(in, maxBytes);
        }
        if (bytes == null) {
            refuse(event, ui, fileName, Refusal.TOO_LARGE);
            return;
        }
        in(ui, () -> received.accept(fileName, bytes));
    }

    private void refuse(UploadEvent event, UI ui, String fileName, Refusal why) {
        event.reject(why.name());
        in(ui, () -> refused.accept(fileName, why));
    }

    private static void in(UI ui, Runnable action) {
        if (ui == null) {
            action.run();
        } else {
            ui.access(action::run);
        }
    }

    boolean accepted(String fileName) {
        String name = fileName.toLowerCase(Locale.ROOT);
        return acceptedExtensions.isEmpty() || acceptedExtensions.stream().anyMatch(name::endsWith);
    }
}
