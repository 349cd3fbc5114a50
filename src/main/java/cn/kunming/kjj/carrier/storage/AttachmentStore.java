package cn.kunming.kjj.carrier.storage;

import cn.kunming.kjj.carrier.common.PortalException;
import org.springframework.stereotype.Component;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;

/**
 * The bytes of attachments, outside the database, named by their SHA-256 (the same file uploaded twice is stored
 * once, and a stored file can be checked against its name at any time). Where they are kept is a {@link ContentStore}:
 * the node's disk or S3-compatible object storage ({@code portal.storage.type}). What is read is checked against its
 * name on the way, so damaged bytes end in an error, never in a download.
 */
@Component
public class AttachmentStore {

    /** 20 MB: the largest file accepted anywhere in the portal. */
    public static final int MAX_BYTES = 20 * 1024 * 1024;

    private final ContentStore content;

    AttachmentStore(ContentStore content) {
        this.content = content;
    }

    /**
     * Keeps an uploaded file after checking it: at most 20 MB, a PDF, OFD, JPG or PNG by its content, and a name
     * whose extension says the same. Returns its SHA-256; refusals name the file.
     */
    public String keepChecked(String fileName, byte[] bytes) {
        if (bytes.length > MAX_BYTES) {
            throw new PortalException("attachment.tooLarge", fileName, MAX_BYTES / (1024 * 1024));
        }
        FileType type = FileType.detect(bytes).orElseThrow(() -> new PortalException("attachment.typeNotAllowed", fileName));
        if (!type.matchesName(fileName)) {
            throw new PortalException("attachment.nameDoesNotMatch", fileName, type.name());
        }
        String sha = cn.kunming.kjj.carrier.common.Sha256.hex(bytes);
        put(sha, bytes);
        return sha;
    }

    /**
     * The same checks for a file that arrives as a stream: it is written to a temporary file while it is hashed and
     * counted (reading stops one byte past the limit), checked there, and handed to the store from that file — never
     * held in memory whole.
     */
    public Kept keepChecked(String fileName, InputStream in) {
        Path temp = null;
        try {
            temp = Files.createTempFile("attachment", ".part");
            Received received = receive(in, temp, MAX_BYTES);
            if (received.size() > MAX_BYTES) {
                throw new PortalException("attachment.tooLarge", fileName, MAX_BYTES / (1024 * 1024));
            }
            FileType type = FileType.detect(temp).orElseThrow(() -> new PortalException("attachment.typeNotAllowed", fileName));
            if (!type.matchesName(fileName)) {
                throw new PortalException("attachment.nameDoesNotMatch", fileName, type.name());
            }
            content.put(received.sha256(), temp);
            return new Kept(received.sha256(), received.size(), type);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            FilesystemContentStore.deleteQuietly(temp);
        }
    }

    /** A file kept: its name in the store, its size and its type by content. */
    public record Kept(String sha256, long size, FileType type) {
    }

    record Received(String sha256, long size) {
    }

    /** Copies a stream into a file while hashing it; stops one byte past {@code maxBytes} (size then says so). */
    static Received receive(InputStream in, Path file, long maxBytes) throws IOException {
        MessageDigest digest = Hashes.digest();
        long total = 0;
        try (OutputStream out = Files.newOutputStream(file)) {
            byte[] buffer = new byte[64 * 1024];
            while (total <= maxBytes) {
                int n = in.read(buffer, 0, (int) Math.min(buffer.length, maxBytes + 1 - total));
                if (n < 0) {
                    break;
                }
                digest.update(buffer, 0, n);
                out.write(buffer, 0, n);
                total += n;
            }
        }
        return new Received(Hashes.hex(digest), total);
    }

    /** Keeps bytes under their SHA-256 (which must be theirs). */
    public void put(String sha256, byte[] bytes) {
        String actual = cn.kunming.kjj.carrier.common.Sha256.hex(bytes);
        if (!actual.equals(Hashes.require(sha256))) {
            throw new IllegalArgumentException("bytes with the SHA-256 " + actual + " offered as " + sha256);
        }
        if (content.contains(sha256)) {
            return;
        }
        Path temp = null;
        try {
            temp = Files.createTempFile("attachment", ".part");
            Files.write(temp, bytes);
            content.put(sha256, temp);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            FilesystemContentStore.deleteQuietly(temp);
        }
    }

    /**
     * The content stored under the hash, streamed and checked on the way: a reader that reaches the end has read the
     * very bytes that were stored, otherwise the last read throws {@link CorruptContentException}.
     */
    public InputStream open(String sha256) {
        return new Hashes.Verifying(content.open(Hashes.require(sha256)), sha256);
    }

    /** The whole content (at most {@link #MAX_BYTES}, as every upload is), checked against its hash. */
    public byte[] get(String sha256) {
        try (InputStream in = open(sha256)) {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            in.transferTo(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public boolean contains(String sha256) {
        return content.contains(Hashes.require(sha256));
    }

    /** Throws when the store cannot be used now: the readiness check of the node. */
    public void checkReachable() {
        content.checkReachable();
    }

    /** Where attachments are kept (no secret), for the health report and logs. */
    public String location() {
        return content.location();
    }
}
