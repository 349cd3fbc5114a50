package cn.kunming.kjj.carrier.common;

import org.jspecify.annotations.Nullable;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;

/** Reads a request body no further than a limit: what an attacker sends beyond it is never read nor held. */
public final class BoundedRead {

    public static final int BUFFER = 8192;

    private BoundedRead() {
    }

    /**
     * The stream's bytes when there are at most {@code maxBytes} of them; null as soon as one more arrives (the rest
     * is never read).
     */
    public static byte @Nullable [] atMost(InputStream in, long maxBytes) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream((int) Math.min(maxBytes, 1 << 20));
        byte[] buffer = new byte[BUFFER];
        long total = 0;
        while (true) {
            int wanted = (int) Math.min(buffer.length, maxBytes + 1 - total);
            int n = in.read(buffer, 0, wanted);
            if (n < 0) {
                return out.toByteArray();
            }
            total += n;
            if (total > maxBytes) {
                return null;
            }
            out.write(buffer, 0, n);
        }
    }
}
