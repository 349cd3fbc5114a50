package cn.kunming.kjj.carrier.common;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * A file received from a browser: its original name, its size, and where it lies in the portal's folder of
 * uploads on this node's disk. It is never held in memory whole: services read it as a stream (attachments are kept
 * through {@code AttachmentStore.keepChecked}). Whoever received it deletes it when the call it was handed to returns
 * ({@link #close()}); a form that holds a file until it is saved takes it over with {@link #keep()}.
 */
public record UploadedFile(String fileName, long size, Path path) implements AutoCloseable {

    /** Always a file that was received: a name (perhaps empty), a size that is no count of anything else, a place. */
    public UploadedFile {
        java.util.Objects.requireNonNull(fileName, "fileName");
        java.util.Objects.requireNonNull(path, "path");
        if (size < 0) {
            throw new IllegalArgumentException("an upload of " + size + " bytes");
        }
    }

    /** Files of uploads that a crashed node left behind are removed after this long (no upload lasts a day). */
    static final Duration STALE = Duration.ofDays(1);

    /**
     * Copies a request body into a new file of the uploads folder, counting on the way: a body of more than
     * {@code maxBytes} is read no further than one byte past the limit and leaves nothing behind (empty answer); a
     * body that breaks off leaves nothing behind either (the exception).
     */
    public static Optional<UploadedFile> receive(String fileName, InputStream in, long maxBytes) throws IOException {
        Path file = Files.createTempFile(folder(), "upload-", ".part");
        try {
            long size = copyAtMost(in, file, maxBytes);
            if (size > maxBytes) {
                Files.deleteIfExists(file);
                return Optional.empty();
            }
            return Optional.of(new UploadedFile(fileName, size, file));
        } catch (IOException | RuntimeException | Error e) {
            Files.deleteIfExists(file);
            throw e;
        }
    }

    /** Reads until the end or one byte past {@code maxBytes}, whichever comes first; the count says which. */
    private static long copyAtMost(InputStream in, Path file, long maxBytes) throws IOException {
        long total = 0;
        try (OutputStream out = Files.newOutputStream(file)) {
            byte[] buffer = new byte[BoundedRead.BUFFER];
            while (total <= maxBytes) {
                int n = in.read(buffer, 0, (int) Math.min(buffer.length, maxBytes + 1 - total));
                if (n < 0) {
                    break;
                }
                out.write(buffer, 0, n);
                total += n;
            }
        }
        return total;
    }

    /** The file's content, from its first byte. */
    public InputStream open() {
        try {
            return Files.newInputStream(path);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The same file under a new name that the component which received it will not delete: for a form that holds a
     * picked file until it is saved (and deletes it when it is closed).
     */
    public UploadedFile keep() {
        try {
            Path kept = Files.createTempFile(folder(), "kept-", ".part");
            Files.move(path, kept, StandardCopyOption.REPLACE_EXISTING);
            return new UploadedFile(fileName, size, kept);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Deletes the file (again is harmless). */
    @Override
    public void close() {
        try {
            Files.deleteIfExists(path);
        } catch (IOException ignored) {
            // the folder is swept of stale files when the next node starts
        }
    }

    /** Where uploads lie while they are handled: {@code <java.io.tmpdir>/carrier-portal-uploads}, swept once per start. */
    public static Path folder() {
        return Folder.PATH;
    }

    /** Made, and swept of what a node that died in the middle of an upload left behind, when first used. */
    private static final class Folder {
        static final Path PATH = create();

        private static Path create() {
            Path f = Path.of(System.getProperty("java.io.tmpdir"), "carrier-portal-uploads");
            try {
                Files.createDirectories(f);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            sweep(f, Instant.now().minus(STALE));
            return f;
        }
    }

    /** Removes files older than {@code before}: what a node that died in the middle of an upload left behind. */
    static void sweep(Path dir, Instant before) {
        try (Stream<Path> files = Files.list(dir)) {
            files.filter(p -> modifiedBefore(p, before)).forEach(p -> {
                try {
                    Files.deleteIfExists(p);
                } catch (IOException ignored) {
                    // another node sharing the folder took it first
                }
            });
        } catch (IOException ignored) {
            // nothing to sweep
        }
    }

    private static boolean modifiedBefore(Path p, Instant before) {
        try {
            FileTime t = Files.getLastModifiedTime(p);
            return t.toInstant().isBefore(before);
        } catch (IOException e) {
            return false;
        }
    }
}
