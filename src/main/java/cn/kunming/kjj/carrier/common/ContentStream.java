package cn.kunming.kjj.carrier.common;

import java.io.FilterInputStream;
import java.io.InputStream;

/**
 * A stored file on its way to a reader: its bytes as a stream (checked against their SHA-256 as they pass; damaged
 * content ends in an exception before its last byte is handed on) and its size, so that a download can announce its
 * length. The service that opens it has checked the reader's rights first; the reader closes it.
 */
public class ContentStream extends FilterInputStream {

    private final long size;

    public ContentStream(InputStream in, long size) {
        super(in);
        this.size = size;
    }

    /** The number of bytes the stream holds; -1 when the store does not say. */
    public long size() {
        return size;
    }
}
