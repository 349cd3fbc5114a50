package cn.kunming.kjj.carrier.operations;

import cn.kunming.kjj.carrier.storage.AttachmentStore;
import org.springframework.boot.health.contributor.AbstractHealthIndicator;
import org.springframework.boot.health.contributor.Health;
import org.springframework.stereotype.Component;

/**
 * Whether attachments can be kept and read now: the bucket answers (s3), or the folder is writable (filesystem).
 * Part of readiness: a node that cannot reach its attachments takes no users ({@code objectStorage}).
 */
@Component("objectStorageHealthIndicator")
class ObjectStorageHealthIndicator extends AbstractHealthIndicator {

    private final AttachmentStore attachments;

    ObjectStorageHealthIndicator(AttachmentStore attachments) {
        super("attachment storage is not reachable");
        this.attachments = attachments;
    }

    @Override
    protected void doHealthCheck(Health.Builder builder) {
        attachments.checkReachable();
        builder.up().withDetail("location", attachments.location());
    }
}
