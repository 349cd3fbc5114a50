package cn.kunming.kjj.carrier.storage;

import java.io.InputStream;
import java.nio.file.Path;
import java.util.stream.Stream;

/**
 * Where the bytes of attachments live, each under its SHA-256 (64 lower-case hex digits): a directory on the node's
 * disk ({@link FilesystemContentStore}, the embedded default) or a bucket of S3-compatible object storage
 * ({@link S3ContentStore}), chosen by {@code portal.storage.type}. Content is written once and never changed nor
 * deleted, so a copy of it is consistent whenever it is taken. Both directions stream: nothing here holds a whole file
 * in memory. The hash is checked by {@link AttachmentStore}, not here.
 */
public interface ContentStore {

    /** Whether content is stored under this hash. */
    boolean contains(String sha256);

    /**
     * Stores the content of a file under its hash, which the caller has computed; the file stays where it is. Content
     * already stored under the hash is left as it is (the same bytes, by their name).
     */
    void put(String sha256, Path file);

    /** The content stored under the hash, streamed; {@link MissingContentException} when there is none. */
    InputStream open(String sha256);

    /** The number of bytes stored under the hash, for the length of a download; {@link MissingContentException} when none. */
    long size(String sha256);

    /** Every stored hash, read lazily (close the stream): for migration, backup and restore. */
    Stream<String> hashes();

    /** Throws when the store cannot be used now (directory not writable, bucket unreachable): for readiness. */
    void checkReachable();

    /** Where the content lives, for logs and reports (never a secret). */
    String location();
}
