package cn.kunming.kjj.carrier.common;

/** Someone else saved the record since it was read: the user must reload, never overwrite silently. */
public class ConcurrentEditException extends PortalException {

    public ConcurrentEditException(String entityType, Object id) {
        // the kind of record in words (record.kind.*), not its code, with its number for whoever follows it up
        super("error.concurrentEdit", new MessageKey("record.kind." + entityType), id);
    }
}
