package cn.kunming.kjj.carrier.dossier;

import cn.kunming.kjj.carrier.common.PortalException;
import cn.kunming.kjj.carrier.dossier.repository.DossierRepository.AttachmentLoad;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.springframework.util.unit.DataSize;

/**
 * How much one dossier may hold: each file is limited to 20 MB where it arrives, but without a limit per dossier one
 * account could fill the storage with one draft (issue 26, outside eyes). The defaults leave room for every required
 * attachment of a call several times over: {@code portal.dossier.attachments.max-count} files and
 * {@code portal.dossier.attachments.max-total} bytes together, removed attachments not counted.
 */
@Component
class AttachmentQuota {

    private static final long MB = 1024 * 1024;

    private final int maxCount;
    private final long maxBytes;

    AttachmentQuota(@Value("${portal.dossier.attachments.max-count:50}") int maxCount,
                    @Value("${portal.dossier.attachments.max-total:300MB}") DataSize maxTotal) {
        if (maxCount < 1 || maxTotal.toBytes() < 1) {
            throw new IllegalArgumentException("portal.dossier.attachments.max-count and max-total must be positive: "
                    + maxCount + ", " + maxTotal);
        }
        this.maxCount = maxCount;
        this.maxBytes = maxTotal.toBytes();
    }

    /** Refuses one more file of {@code size} bytes when the dossier would then exceed either limit; its load is unchanged. */
    void check(AttachmentLoad load, String fileName, long size) {
        if (load.count() + 1 > maxCount || load.bytes() + size > maxBytes) {
            throw new PortalException("attachment.quota", load.count(), megabytes(load.bytes()), maxCount,
                    megabytes(maxBytes), fileName);
        }
    }

    private static String megabytes(long bytes) {
        return String.format("%.1f", bytes / (double) MB);
    }
}
