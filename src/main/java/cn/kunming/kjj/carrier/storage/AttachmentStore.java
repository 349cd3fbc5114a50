package cn.kunming.kjj.carrier.storage;

import cn.kunming.kjj.carrier.common.PortalException;
import cn.kunming.kjj.carrier.common.Sha256;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/**
 * The bytes of attachments, outside the database, named by their SHA-256 (the same file uploaded twice is stored
 * once, and a stored file can be checked against its name at any time).
 */
@Component
public class AttachmentStore {

    private final Path root;

    AttachmentStore(@Value("${portal.attachments.dir:./data/attachments}") Path root) {
        this.root = root;
    }

    /** 20 MB: the largest file accepted anywhere in the portal. */
    public static final int MAX_BYTES = 20 * 1024 * 1024;

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
        String sha = Sha256.hex(bytes);
        put(sha, bytes);
        return sha;
    }

    public void put(String sha256, byte[] bytes) {
        Path target = path(sha256);
        try {
            if (Files.exists(target)) {
                return;
            }
            Files.createDirectories(target.getParent());
            Path temp = Files.createTempFile(target.getParent(), "upload", ".part");
            Files.write(temp, bytes);
            Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public byte[] get(String sha256) {
        try {
            return Files.readAllBytes(path(sha256));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private Path path(String sha256) {
        return root.resolve(sha256.substring(0, 2)).resolve(sha256);
    }
}
