package cn.kunming.kjj.carrier.storage;

import cn.kunming.kjj.carrier.support.SampleFiles;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.charset.StandardCharsets;

import static org.assertj.core.api.Assertions.assertThat;

class FileTypeTest {

    @Test
    void eachAcceptedTypeIsRecognisedFromItsBytes() throws IOException {
        assertThat(FileType.detect(SampleFiles.pdf())).contains(FileType.PDF);
        assertThat(FileType.detect(SampleFiles.png())).contains(FileType.PNG);
        assertThat(FileType.detect(new byte[]{(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, (byte) 0xE0})).contains(FileType.JPEG);
        assertThat(FileType.detect(SampleFiles.zip("OFD.xml"))).contains(FileType.OFD);
    }

    @Test
    void anyOtherContentIsNotAcceptedWhateverItsName() throws IOException {
        assertThat(FileType.detect("MZ\u0090\u0000 executable".getBytes(StandardCharsets.ISO_8859_1))).isEmpty();
        assertThat(FileType.detect(SampleFiles.zip("word/document.xml"))).isEmpty();
        assertThat(FileType.detect(new byte[0])).isEmpty();
    }

    @Test
    void theNameMustMatchTheContent() {
        assertThat(FileType.PDF.matchesName("承诺书.PDF")).isTrue();
        assertThat(FileType.JPEG.matchesName("场地.jpeg")).isTrue();
        assertThat(FileType.PNG.matchesName("伪装.pdf")).isFalse();
    }
}
