package cn.kunming.kjj.carrier.storage;

/** An attachment store over a store of the test's own, for tests outside this package (no Spring). */
public final class Attachments {

    private Attachments() {
    }

    public static AttachmentStore over(ContentStore store) {
        return new AttachmentStore(store);
    }
}
