package cn.kunming.kjj.carrier.common.ui;

import org.jspecify.annotations.Nullable;
import cn.kunming.kjj.carrier.common.PortalException;
import cn.kunming.kjj.carrier.common.UploadedFile;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.component.upload.UploadI18N;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * Every upload in the portal: files of the stated types and at most the stated size, checked in the browser and
 * again on the server while it is read ({@link LimitedUploadHandler}); a refusal is said in the user's language,
 * naming the limit and the types. The service still checks the file by its content.
 */
public class LimitedUpload extends Upload {

    /** Attachments and evidence (PDF, OFD, JPG, PNG). */
    public static final int ATTACHMENT_BYTES = 20 * 1024 * 1024;
    public static final String[] EVIDENCE_TYPES = {".pdf", ".ofd", ".jpg", ".jpeg", ".png"};

    /**
     * What a received file is handed to, inside the UI's lock; the file is deleted when it returns (a form that keeps
     * it until it is saved takes it over with {@link UploadedFile#keep()}).
     */
    @FunctionalInterface
    public interface Receiver {
        void receive(UploadedFile file);
    }

    /** What takes a file whole: a table or template that POI reads at once (bounded by the upload's limit). */
    @FunctionalInterface
    public interface WholeFileReceiver {
        void receive(String fileName, byte[] bytes);
    }

    /**
     * A receiver for imported tables and document templates, which POI reads whole anyway: the file's bytes, at most
     * the upload's limit. Attachments and evidence are never read this way (decision 0039).
     */
    public static Receiver wholeFile(WholeFileReceiver receiver) {
        return file -> {
            try {
                receiver.receive(file.fileName(), Files.readAllBytes(file.path()));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        };
    }

    private final int maxBytes;
    private final String types;
    private @Nullable Receiver receiver;

    public LimitedUpload(int maxBytes, @Nullable Receiver receiver, String... acceptedTypes) {
        this.maxBytes = maxBytes;
        this.types = Arrays.stream(acceptedTypes).map(t -> t.substring(1).toUpperCase(Locale.ROOT)).distinct()
                .collect(Collectors.joining("/"));
        this.receiver = receiver;
        setUploadHandler(new LimitedUploadHandler(maxBytes, List.of(acceptedTypes),
                file -> {
                    Receiver current = this.receiver;
                    if (current != null) {
                        current.receive(file);
                    }
                },
                (name, why) -> refuse(name, why == LimitedUploadHandler.Refusal.TOO_LARGE)));
        setAcceptedFileTypes(acceptedTypes);
        setMaxFileSize(maxBytes);
        // the browser refuses a file of an accepted type only for its size
        addFileRejectedListener(e -> refuse(e.getFileName(), accepted(e.getFileName())));
        setI18n(chinese());
        getElement().setAttribute("title", getTranslation("upload.limits", types, megabytes()));
    }

    private boolean accepted(String fileName) {
        return fileName != null && Arrays.stream(getElement().getProperty("accept", "").split(","))
                .anyMatch(t -> !t.isBlank() && fileName.toLowerCase(Locale.ROOT).endsWith(t.strip()));
    }

    private void refuse(String fileName, boolean tooLarge) {
        Notifications.refused(this, tooLarge
                ? new PortalException("upload.tooLarge", fileName, megabytes())
                : new PortalException("upload.wrongType", fileName, types));
    }

    private String megabytes() {
        return maxBytes % (1024 * 1024) == 0 ? Integer.toString(maxBytes / (1024 * 1024))
                : String.format(Locale.ROOT, "%.1f", maxBytes / (1024.0 * 1024));
    }

    private UploadI18N chinese() {
        UploadI18N i18n = new UploadI18N();
        i18n.setAddFiles(new UploadI18N.AddFiles().setOne(getTranslation("upload.addFile")).setMany(getTranslation("upload.addFile")));
        i18n.setDropFiles(new UploadI18N.DropFiles().setOne(getTranslation("upload.dropHere", types, megabytes()))
                .setMany(getTranslation("upload.dropHere", types, megabytes())));
        i18n.setError(new UploadI18N.Error().setTooManyFiles(getTranslation("upload.oneFile"))
                .setFileIsTooBig(getTranslation("upload.tooBigShort", megabytes()))
                .setIncorrectFileType(getTranslation("upload.wrongTypeShort", types)));
        return i18n;
    }

    /** For subclasses whose receiver needs the component itself. */
    protected final void receiveWith(Receiver receiver) {
        this.receiver = receiver;
    }

    /** The limit, for help texts. */
    public int maxBytes() {
        return maxBytes;
    }
}
