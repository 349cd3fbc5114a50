package cn.kunming.kjj.carrier.dossier;

import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import static org.assertj.core.api.Assertions.assertThat;

public class FileTypeTest {

    public static byte[] pdf() {
        return "%PDF-1.7\n1 0 obj <<>> endobj\n%%EOF".getBytes(StandardCharsets.US_ASCII);
    }

    public static byte[] png() {
        return new byte[]{(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 13};
    }

    public static byte[] zip(String entry) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(out)) {
            zip.putNextEntry(new ZipEntry(entry));
            zip.write("<ofd:OFD/>".getBytes(StandardCharsets.UTF_8));
            zip.closeEntry();
        }
        return out.toByteArray();
    }

    @Test
    void eachAcceptedTypeIsRecognisedFromItsBytes() throws IOException {
        assertThat(FileType.detect(pdf())).contains(FileType.PDF);
        assertThat(FileType.detect(png())).contains(FileType.PNG);
        assertThat(FileType.detect(new byte[]{(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, (byte) 0xE0})).contains(FileType.JPEG);
        assertThat(FileType.detect(zip("OFD.xml"))).contains(FileType.OFD);
    }

    @Test
    void anyOtherContentIsNotAcceptedWhateverItsName() throws IOException {
        assertThat(FileType.detect("MZ\u0090\u0000 executable".getBytes(StandardCharsets.ISO_8859_1))).isEmpty();
        assertThat(FileType.detect(zip("word/document.xml"))).isEmpty();
        assertThat(FileType.detect(new byte[0])).isEmpty();
    }

    @Test
    void theNameMustMatchTheContent() {
        assertThat(FileType.PDF.matchesName("承诺书.PDF")).isTrue();
        assertThat(FileType.JPEG.matchesName("场地.jpeg")).isTrue();
        assertThat(FileType.PNG.matchesName("伪装.pdf")).isFalse();
    }
}
