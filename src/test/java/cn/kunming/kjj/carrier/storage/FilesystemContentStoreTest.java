package cn.kunming.kjj.carrier.storage;

import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The embedded default: attachments in a folder of the node's disk, as {@code ab/abcdef…}. */
class FilesystemContentStoreTest extends ContentStoreContract {

    @Override
    ContentStore emptyStore() throws Exception {
        return new FilesystemContentStore(Files.createTempDirectory("attachments"));
    }

    @Override
    void damage(ContentStore store, String sha256, byte[] bytes) throws Exception {
        Files.write(Path.of(store.location()).resolve(sha256.substring(0, 2)).resolve(sha256), bytes);
    }

    @Test
    void filesLieInTheFolderOfTheirFirstTwoDigitsAndNoTemporaryFileIsLeft() throws Exception {
        Path root = Files.createTempDirectory("attachments");
        FilesystemContentStore store = new FilesystemContentStore(root);
        Path file = pdfFile(10_000);
        String sha = sha256(file);
        store.put(sha, file);

        try (var listed = Files.list(root.resolve(sha.substring(0, 2)))) {
            assertThat(listed.map(p -> p.getFileName().toString())).containsExactly(sha);
        }
        assertThat(file).exists();
        store.checkReachable();
    }

    @Test
    void aFolderThatCannotBeCreatedIsNotReady() throws Exception {
        Path aFile = Files.createTempFile("not", ".dir");
        assertThatThrownBy(() -> new FilesystemContentStore(aFile.resolve("attachments")).checkReachable())
                .isInstanceOf(RuntimeException.class);
    }
}
