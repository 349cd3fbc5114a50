package cn.kunming.kjj.carrier.common;

/** Someone else saved the record since it was read: the user must reload, never overwrite silently. */
public class ConcurrentEditException extends PortalException {

    public ConcurrentEditException(String entityType, Object id) {
        super("error.concurrentEdit", entityType, id);
    }
}
