package cn.kunming.kjj.carrier.storage;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.stream.Stream;

/**
 * Copies content from one store to another and proves the copy: every source file is hashed while it is read (a
 * damaged one is reported and not copied), and every hash is then read back from the target and hashed again. Used
 * to move the attachments of a disk into a bucket (migration), to back a bucket up into a folder, and to restore it.
 * Content is immutable and named by its hash, so a copy can be interrupted and run again: what is there is kept.
 */
public final class StorageTransfer {

    private StorageTransfer() {
    }

    /**
     * What a copy did: files found at the source, copied, already in the target, verified in the target, and each
     * failure with its reason.
     */
    public record Report(long found, long copied, long alreadyThere, long verified, List<String> failures) {

        public Report {
            failures = List.copyOf(failures);
        }

        public boolean ok() {
            return failures.isEmpty() && verified == found;
        }

        @Override
        public String toString() {
            return found + " found, " + copied + " copied, " + alreadyThere + " already there, " + verified
                    + " verified, " + failures.size() + " failed" + (failures.isEmpty() ? "" : ": " + failures);
        }
    }

    public static Report copy(ContentStore from, ContentStore to, Consumer<String> progress) {
        long found = 0;
        long copied = 0;
        long alreadyThere = 0;
        long verified = 0;
        List<String> failures = new ArrayList<>();
        try (Stream<String> hashes = from.hashes()) {
            for (String sha : (Iterable<String>) hashes::iterator) {
                found++;
                try {
                    if (to.contains(sha)) {
                        alreadyThere++;
                    } else if (copyOne(from, to, sha)) {
                        copied++;
                    } else {
                        failures.add(sha + ": the source's bytes do not match their name (damaged; not copied)");
                        continue;
                    }
                    String inTarget = Hashes.of(to.open(sha));
                    if (inTarget.equals(sha)) {
                        verified++;
                    } else {
                        failures.add(sha + ": the copy in " + to.location() + " reads as " + inTarget);
                    }
                } catch (IOException | RuntimeException e) {
                    failures.add(sha + ": " + e);
                }
                if (found % 100 == 0) {
                    progress.accept(found + " files, " + copied + " copied");
                }
            }
        }
        return new Report(found, copied, alreadyThere, verified, failures);
    }

    /** Reads every stored file back and hashes it: a report whose "copied" and "already there" stay 0. */
    public static Report verify(ContentStore store) {
        long found = 0;
        long verified = 0;
        List<String> failures = new ArrayList<>();
        try (Stream<String> hashes = store.hashes()) {
            for (String sha : (Iterable<String>) hashes::iterator) {
                found++;
                try {
                    String actual = Hashes.of(store.open(sha));
                    if (actual.equals(sha)) {
                        verified++;
                    } else {
                        failures.add(sha + ": reads as " + actual);
                    }
                } catch (IOException | RuntimeException e) {
                    failures.add(sha + ": " + e);
                }
            }
        }
        return new Report(found, 0, 0, verified, failures);
    }

    /** Copies one file through a temporary file, hashing it on the way; false when the source is damaged. */
    private static boolean copyOne(ContentStore from, ContentStore to, String sha) throws IOException {
        Path temp = Files.createTempFile("transfer", ".part");
        try {
            AttachmentStore.Received received;
            try (InputStream in = from.open(sha)) {
                received = AttachmentStore.receive(in, temp, Long.MAX_VALUE - 1);
            }
            if (!received.sha256().equals(sha)) {
                return false;
            }
            to.put(sha, temp);
            return true;
        } catch (UncheckedIOException e) {
            throw e.getCause();
        } finally {
            FilesystemContentStore.deleteQuietly(temp);
        }
    }
}
