package cn.kunming.kjj.carrier.common.ui;

import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.server.streams.UploadHandler;

/**
 * One evidence file (PDF, OFD, JPG, PNG) picked in a form and kept until the form is saved; the service checks it
 * by content when it is.
 */
public class EvidenceUpload extends Upload {

    private byte[] bytes;
    private String fileName;

    public EvidenceUpload() {
        setUploadHandler(UploadHandler.inMemory((meta, data) -> {
            bytes = data;
            fileName = meta.fileName();
        }));
        setAcceptedFileTypes(".pdf", ".ofd", ".jpg", ".jpeg", ".png");
        setMaxFiles(1);
    }

    /** The file's bytes, or null when none was uploaded. */
    public byte[] bytes() {
        return bytes;
    }

    public String fileName() {
        return fileName;
    }
}
