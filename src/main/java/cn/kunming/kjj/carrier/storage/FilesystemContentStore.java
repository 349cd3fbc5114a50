package cn.kunming.kjj.carrier.storage;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.stream.Stream;

/**
 * Content in a directory of the node's disk, as {@code <root>/ab/abcdef…}: the embedded default
 * ({@code ./data/attachments}). A file appears whole or not at all (written beside its place, then moved in).
 */
public final class FilesystemContentStore implements ContentStore {

    private final Path root;

    public FilesystemContentStore(Path root) {
        this.root = root;
    }

    private Path path(String sha256) {
        return root.resolve(Hashes.relative(sha256));
    }

    @Override
    public boolean contains(String sha256) {
        return Files.isRegularFile(path(sha256));
    }

    @Override
    public void put(String sha256, Path file) {
        Path target = path(sha256);
        if (Files.exists(target)) {
            return;
        }
        Path folder = root.resolve(sha256.substring(0, 2));
        Path temp = null;
        try {
            Files.createDirectories(folder);
            temp = Files.createTempFile(folder, "upload", ".part");
            Files.copy(file, temp, StandardCopyOption.REPLACE_EXISTING);
            Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            deleteQuietly(temp);
        }
    }

    @Override
    public InputStream open(String sha256) {
        return stored(sha256, Files::newInputStream);
    }

    @Override
    public long size(String sha256) {
        return stored(sha256, Files::size);
    }

    private interface FileRead<T> {
        T apply(Path file) throws IOException;
    }

    /** What is read of the file stored under the hash; a file that is not there is missing content. */
    private <T> T stored(String sha256, FileRead<T> read) {
        try {
            return read.apply(path(sha256));
        } catch (NoSuchFileException e) {
            throw new MissingContentException(sha256, location());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public Stream<String> hashes() {
        if (!Files.isDirectory(root)) {
            return Stream.empty();
        }
        try {
            return Files.walk(root, 2)
                    .filter(p -> p.getNameCount() > 1 && Files.isRegularFile(p))
                    .filter(FilesystemContentStore::inItsFolder)
                    .map(p -> p.getFileName().toString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A file named by a hash in the folder of its first two digits: stored content (not a temporary file). */
    private static boolean inItsFolder(Path file) {
        String name = file.getFileName().toString();
        Path folder = file.getParent();
        return Hashes.isSha256(name) && folder != null && folder.getFileName() != null
                && folder.getFileName().toString().equals(name.substring(0, 2));
    }

    @Override
    public void checkReachable() {
        try {
            Files.createDirectories(root);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (!Files.isWritable(root)) {
            throw new IllegalStateException(location() + " is not writable");
        }
    }

    @Override
    public String location() {
        return root.toAbsolutePath().normalize().toString();
    }

    static void deleteQuietly(@org.jspecify.annotations.Nullable Path file) {
        if (file != null) {
            try {
                Files.deleteIfExists(file);
            } catch (IOException ignored) {
                // a temporary file left behind is harmless; the next start of the OS cleans the temp folder
            }
        }
    }
}
