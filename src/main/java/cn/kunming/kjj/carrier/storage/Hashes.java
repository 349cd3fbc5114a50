package cn.kunming.kjj.carrier.storage;

import java.io.IOException;
import java.io.InputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.regex.Pattern;

/** SHA-256 names of content: their form, where they live in a store, and streams that check them. */
final class Hashes {

    private static final Pattern SHA256 = Pattern.compile("[0-9a-f]{64}");

    private Hashes() {
    }

    static boolean isSha256(String name) {
        return SHA256.matcher(name).matches();
    }

    /** A hash that names a stored file; anything else (a path, an empty string) is refused before it becomes one. */
    static String require(String sha256) {
        if (!isSha256(sha256)) {
            throw new IllegalArgumentException("not a SHA-256: " + abbreviated(sha256));
        }
        return sha256;
    }

    /** The relative place of content in a store: {@code ab/abcdef…} (at most 256 entries per folder level). */
    static String relative(String sha256) {
        return require(sha256).substring(0, 2) + "/" + sha256;
    }

    static MessageDigest digest() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JDK has SHA-256", e);
        }
    }

    static String hex(MessageDigest digest) {
        return HexFormat.of().formatHex(digest.digest());
    }

    /** The stream's SHA-256, read to its end (and closed). */
    static String of(InputStream in) throws IOException {
        MessageDigest digest = digest();
        try (in) {
            byte[] buffer = new byte[64 * 1024];
            for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
                digest.update(buffer, 0, n);
            }
        }
        return hex(digest);
    }

    private static String abbreviated(String s) {
        return s.length() <= 70 ? s : s.substring(0, 70) + "…";
    }

    /**
     * Passes content through and hashes it on the way; at its end, content that does not match the hash it was stored
     * under ends in a {@link CorruptContentException} instead of the end of the stream, so that a reader never takes
     * damaged bytes for whole ones. The last byte read is held back until the end is known and checked: a reader that
     * writes on as it reads (a download of a known length) has then never written the whole of a damaged file.
     */
    static final class Verifying extends InputStream {

        private final InputStream in;
        private final String expected;
        private final MessageDigest digest = digest();
        /** The byte read but not yet handed on, or -1 when none is held. */
        private int held = -1;
        private boolean ended;
        private @org.jspecify.annotations.Nullable String corrupt;

        Verifying(InputStream in, String expected) {
            this.in = in;
            this.expected = expected;
        }

        @Override
        public int read() throws IOException {
            byte[] one = new byte[1];
            int n = read(one, 0, 1);
            return n < 0 ? -1 : one[0] & 0xFF;
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            java.util.Objects.checkFromIndexSize(off, len, b.length);
            if (len == 0) {
                return 0;
            }
            if (ended) {
                return endOfStream();
            }
            if (held < 0) {
                held = in.read();
                if (held < 0) {
                    return endOfStream();
                }
                digest.update((byte) held);
            }
            // the held byte goes first, then fresh ones, of which the last is held back in turn; a window of one byte
            // still reads one ahead, to know whether the held byte is the last
            int fresh;
            if (len == 1) {
                int after = in.read();
                if (after >= 0) {
                    digest.update((byte) after);
                    b[off] = (byte) held;
                    held = after;
                    return 1;
                }
                fresh = -1;
            } else {
                do {
                    fresh = in.read(b, off + 1, len - 1);
                } while (fresh == 0);
            }
            if (fresh < 0) {
                endOfStream(); // throws, the held byte unsent, when the content is damaged
                b[off] = (byte) held;
                held = -1;
                return 1;
            }
            digest.update(b, off + 1, fresh);
            int last = b[off + fresh] & 0xFF;
            b[off] = (byte) held;
            held = last;
            return fresh;
        }

        @Override
        public long skip(long n) throws IOException {
            // every byte must pass through the digest
            byte[] buffer = new byte[(int) Math.min(Math.max(n, 1), 8192)];
            long skipped = 0;
            while (skipped < n) {
                int r = read(buffer, 0, (int) Math.min(buffer.length, n - skipped));
                if (r < 0) {
                    break;
                }
                skipped += r;
            }
            return skipped;
        }

        @Override
        public int available() throws IOException {
            return 0;
        }

        @Override
        public boolean markSupported() {
            return false;
        }

        @Override
        public void close() throws IOException {
            in.close();
        }

        /** -1 once the content is known whole; damaged content throws here, and on every read after. */
        private int endOfStream() throws IOException {
            if (!ended) {
                ended = true;
                String actual = hex(digest);
                if (!actual.equals(expected)) {
                    corrupt = actual;
                }
            }
            if (corrupt != null) {
                throw new CorruptContentException(expected, corrupt);
            }
            return -1;
        }
    }
}
