package cn.kunming.kjj.carrier.common.ui;

import cn.kunming.kjj.carrier.common.UploadedFile;
import com.vaadin.flow.component.DetachEvent;
import org.jspecify.annotations.Nullable;

/**
 * One evidence file (PDF, OFD, JPG, PNG, at most 20 MB) picked in a form and kept on disk until the form is saved;
 * the service checks it by content when it is. The file is deleted when another is picked and when the form closes.
 */
public class EvidenceUpload extends LimitedUpload {

    private transient @Nullable UploadedFile file;

    public EvidenceUpload() {
        super(ATTACHMENT_BYTES, null, EVIDENCE_TYPES);
        receiveWith(this::accept);
        setMaxFiles(1);
    }

    /** Keeps the file the upload delivered (also what a test hands over in place of a browser). */
    public void accept(UploadedFile received) {
        discard();
        file = received.keep();
    }

    /** The file picked, or null when none was uploaded. */
    public @Nullable UploadedFile file() {
        return file;
    }

    @Override
    protected void onDetach(DetachEvent detachEvent) {
        super.onDetach(detachEvent);
        discard();
    }

    private void discard() {
        UploadedFile old = file;
        if (old != null) {
            old.close();
            file = null;
        }
    }
}
