package cn.kunming.kjj.carrier.storage;

import cn.kunming.kjj.carrier.common.ContentStream;
import cn.kunming.kjj.carrier.common.PortalException;
import cn.kunming.kjj.carrier.common.UploadedFile;
import org.springframework.stereotype.Component;

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
     * Keeps an uploaded file after checking it: at most 20 MB, a PDF, OFD, JPG or PNG by its content (its head, and
     * for OFD its zip directory), and a name whose extension says the same. The file is hashed as a stream and handed
     * to the store from where it lies; refusals name the file. The file stays where it is (its receiver deletes it).
     */
    public Kept keepChecked(UploadedFile file) {
        String fileName = file.fileName();
        try {
            long size = Files.size(file.path());
            if (size > MAX_BYTES) {
                throw new PortalException("attachment.tooLarge", fileName, MAX_BYTES / (1024 * 1024));
            }
            FileType type = checkedType(fileName, file.path());
            String sha = Hashes.of(Files.newInputStream(file.path()));
            content.put(sha, file.path());
            return new Kept(sha, size, type);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static FileType checkedType(String fileName, Path file) throws IOException {
        FileType type = FileType.detect(file).orElseThrow(() -> new PortalException("attachment.typeNotAllowed", fileName));
        if (!type.matchesName(fileName)) {
            throw new PortalException("attachment.nameDoesNotMatch", fileName, type.name());
        }
        return type;
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
            FileType type = checkedType(fileName, temp);
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

    /**
     * The content stored under the hash, streamed and checked on the way: a reader that reaches the end has read the
     * very bytes that were stored, otherwise the last read throws {@link CorruptContentException} (and the last byte
     * is never handed on, so that a download of a known length ends short instead of complete). The stream knows
     * its size, for the length of a download.
     */
    public ContentStream open(String sha256) {
        long size = content.size(Hashes.require(sha256));
        return new ContentStream(new Hashes.Verifying(content.open(sha256), sha256), size);
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
