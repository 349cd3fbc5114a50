package cn.kunming.kjj.carrier.storage;

import java.io.FilterInputStream;
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
     * damaged bytes for whole ones.
     */
    static final class Verifying extends FilterInputStream {

        private final String expected;
        private final MessageDigest digest = digest();
        private boolean checked;

        Verifying(InputStream in, String expected) {
            super(in);
            this.expected = expected;
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            if (b < 0) {
                check();
            } else {
                digest.update((byte) b);
            }
            return b;
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            int n = super.read(b, off, len);
            if (n < 0) {
                check();
            } else {
                digest.update(b, off, n);
            }
            return n;
        }

        @Override
        public long skip(long n) throws IOException {
            // every byte must pass through the digest
            byte[] buffer = new byte[(int) Math.min(n, 8192)];
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
        public boolean markSupported() {
            return false;
        }

        private void check() throws IOException {
            if (checked) {
                return;
            }
            checked = true;
            String actual = hex(digest);
            if (!actual.equals(expected)) {
                throw new CorruptContentException(expected, actual);
            }
        }
    }
}
