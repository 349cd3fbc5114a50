package cn.kunming.kjj.carrier.storage;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Enumeration;
import java.util.Locale;
import java.util.Optional;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipInputStream;

/**
 * The attachment types a dossier accepts (PDF, OFD, JPG, PNG), recognised from the bytes, never from the name.
 * OFD (GB/T 33190) is a ZIP package whose root holds {@code OFD.xml}.
 */
public enum FileType {
    PDF("application/pdf", "pdf"),
    OFD("application/ofd", "ofd"),
    JPEG("image/jpeg", "jpg", "jpeg"),
    PNG("image/png", "png");

    private final String contentType;
    private final String[] extensions;

    FileType(String contentType, String... extensions) {
        this.contentType = contentType;
        this.extensions = extensions;
    }

    public String contentType() {
        return contentType;
    }

    public static Optional<FileType> detect(byte[] bytes) {
        if (startsWith(bytes, '%', 'P', 'D', 'F', '-')) {
            return Optional.of(PDF);
        }
        if (startsWith(bytes, 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A)) {
            return Optional.of(PNG);
        }
        if (startsWith(bytes, 0xFF, 0xD8, 0xFF)) {
            return Optional.of(JPEG);
        }
        if (startsWith(bytes, 'P', 'K', 0x03, 0x04) && zipHasRootEntry(bytes, "OFD.xml")) {
            return Optional.of(OFD);
        }
        return Optional.empty();
    }

    /** The same recognition for a file on disk (an upload received as a stream): its head, and for OFD its entries. */
    public static Optional<FileType> detect(Path file) throws IOException {
        byte[] head;
        try (InputStream in = Files.newInputStream(file)) {
            head = in.readNBytes(8);
        }
        if (startsWith(head, 'P', 'K', 0x03, 0x04)) {
            return zipHasRootEntry(file, "OFD.xml") ? Optional.of(OFD) : Optional.empty();
        }
        return detect(head);
    }

    private static boolean zipHasRootEntry(Path file, String name) {
        try (ZipFile zip = new ZipFile(file.toFile())) {
            for (Enumeration<? extends ZipEntry> entries = zip.entries(); entries.hasMoreElements(); ) {
                if (name.equalsIgnoreCase(entries.nextElement().getName())) {
                    return true;
                }
            }
        } catch (IOException | IllegalArgumentException e) {
            return false;
        }
        return false;
    }

    /** Whether a file name's extension names this type (so that a PNG called .pdf is caught). */
    public boolean matchesName(String fileName) {
        String lower = fileName == null ? "" : fileName.toLowerCase(Locale.ROOT);
        for (String ext : extensions) {
            if (lower.endsWith("." + ext)) {
                return true;
            }
        }
        return false;
    }

    private static boolean startsWith(byte[] bytes, int... signature) {
        if (bytes.length < signature.length) {
            return false;
        }
        for (int i = 0; i < signature.length; i++) {
            if ((bytes[i] & 0xFF) != signature[i]) {
                return false;
            }
        }
        return true;
    }

    private static boolean zipHasRootEntry(byte[] bytes, String name) {
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(bytes))) {
            for (ZipEntry entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
                if (name.equalsIgnoreCase(entry.getName())) {
                    return true;
                }
            }
        } catch (IOException | IllegalArgumentException e) {
            return false;
        }
        return false;
    }
}
