package cn.kunming.kjj.carrier.common.ui;

import org.jspecify.annotations.Nullable;

/**
 * One evidence file (PDF, OFD, JPG, PNG, at most 20 MB) picked in a form and kept until the form is saved; the
 * service checks it by content when it is.
 */
public class EvidenceUpload extends LimitedUpload {

    private byte @Nullable [] bytes;
    private @Nullable String fileName;

    public EvidenceUpload() {
        super(ATTACHMENT_BYTES, null, EVIDENCE_TYPES);
        receiveWith(this::accept);
        setMaxFiles(1);
    }

    /** Keeps the file the upload delivered (also what a test hands over in place of a browser). */
    public void accept(String name, byte[] data) {
        bytes = data;
        fileName = name;
    }

    /** The file's bytes, or null when none was uploaded. */
    public byte @Nullable [] bytes() {
        return bytes;
    }

    public @Nullable String fileName() {
        return fileName;
    }
}
