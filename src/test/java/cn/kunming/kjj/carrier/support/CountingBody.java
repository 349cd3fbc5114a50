package cn.kunming.kjj.carrier.support;

import java.io.InputStream;

/** A body of the given length (zeros, never held in memory) that counts how much of it was read. */
public final class CountingBody extends InputStream {

    private final long length;
    public long read;

    public CountingBody(long length) {
        this.length = length;
    }

    @Override
    public int read() {
        if (read >= length) {
            return -1;
        }
        read++;
        return 0;
    }

    @Override
    public int read(byte[] b, int off, int len) {
        if (read >= length) {
            return -1;
        }
        int n = (int) Math.min(len, length - read);
        read += n;
        return n;
    }
}
