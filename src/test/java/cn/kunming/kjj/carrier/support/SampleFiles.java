package cn.kunming.kjj.carrier.support;

import cn.kunming.kjj.carrier.common.UploadedFile;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/** The smallest files of each accepted type, recognised by their content, for tests of every feature. */
public final class SampleFiles {

    private SampleFiles() {
    }

    /**
     * A file as an upload hands it to a service: on disk under its original name (deleted when the test JVM ends, or
     * by the caller's {@code close}).
     */
    public static UploadedFile upload(String fileName, byte[] bytes) {
        try (InputStream in = new ByteArrayInputStream(bytes)) {
            UploadedFile file = UploadedFile.receive(fileName, in, Long.MAX_VALUE - 1).orElseThrow();
            file.path().toFile().deleteOnExit();
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The smallest PDF, uploaded under the name. */
    public static UploadedFile uploadPdf(String fileName) {
        return upload(fileName, pdf());
    }

    public static byte[] pdf() {
        return "%PDF-1.7\n1 0 obj <<>> endobj\n%%EOF".getBytes(StandardCharsets.US_ASCII);
    }

    public static byte[] png() {
        return new byte[]{(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 13};
    }

    /** A zip holding one entry (an OFD when the entry is OFD.xml). */
    public static byte[] zip(String entry) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(out)) {
            zip.putNextEntry(new ZipEntry(entry));
            zip.write("<ofd:OFD/>".getBytes(StandardCharsets.UTF_8));
            zip.closeEntry();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }
}
