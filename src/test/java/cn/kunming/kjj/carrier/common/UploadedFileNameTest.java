package cn.kunming.kjj.carrier.common;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

/** File names as clients send them, raw over HTTP (eyes on issue 26), and what the portal keeps of them. */
class UploadedFileNameTest {

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(delimiter = '|', value = {
            "申报书.pdf|申报书.pdf",
            "SCAN 2026 (1).PDF|SCAN 2026 (1).PDF",
            "../../etc/passwd.pdf|passwd.pdf",
            "C:\\Users\\张三\\Desktop\\营业执照.jpg|营业执照.jpg",
            "quo\"te;name=evil.pdf|quo_te;name=evil.pdf",
            "a<b>c?d*e:f.png|a_b_c_d_e_f.png",
            "'   spaced.pdf   '|spaced.pdf"})
    void aNameKeepsWhatAPersonWouldCallTheFile(String sent, String kept) {
        assertThat(UploadedFileName.of(sent)).isEqualTo(kept);
    }

    @Test
    void lineBreaksNulAndInvisibleCharactersAreDropped() {
        assertThat(UploadedFileName.of("crlf\r\nSet-Cookie: a=1\r\n.pdf")).isEqualTo("crlfSet-Cookie_ a=1.pdf");
        assertThat(UploadedFileName.of("nul\u0000byte.pdf")).isEqualTo("nulbyte.pdf");
        assertThat(UploadedFileName.of("invoice-\u202Efdp.exe")).isEqualTo("invoice-fdp.exe");
        assertThat(UploadedFileName.of("zero\u200Bwidth\uFEFF.pdf")).isEqualTo("zerowidth.pdf");
        assertThat(UploadedFileName.of("pipe|name.pdf")).isEqualTo("pipe_name.pdf");
    }

    @Test
    void aNameOf4000CharactersIsCutToTheColumnsLengthWithItsExtensionKept() {
        String kept = UploadedFileName.of("长".repeat(4000) + ".pdf");
        assertThat(kept).hasSize(UploadedFileName.MAX_LENGTH).endsWith("长.pdf");
        assertThat(UploadedFileName.of("x".repeat(4000))).hasSize(UploadedFileName.MAX_LENGTH);
        assertThat(UploadedFileName.of("x".repeat(255) + ".pdf")).hasSize(255).endsWith("x.pdf");
        assertThat(UploadedFileName.of("x".repeat(251) + ".pdf")).as("255 exactly is left alone").hasSize(255);
    }

    @Test
    void aCutNeverSplitsACharacterOutsideTheBasicPlane() {
        String kept = UploadedFileName.of("a" + "𠀀".repeat(200) + ".pdf");
        assertThat(kept.length()).isLessThanOrEqualTo(UploadedFileName.MAX_LENGTH);
        assertThat(kept.codePoints().noneMatch(cp -> cp >= Character.MIN_SURROGATE && cp <= Character.MAX_SURROGATE))
                .as("no half of a character").isTrue();
        assertThat(kept).endsWith("𠀀.pdf");
    }

    @Test
    void nothingUsableIsAnEmptyName() {
        assertThat(UploadedFileName.of(null)).isEmpty();
        assertThat(UploadedFileName.of("")).isEmpty();
        assertThat(UploadedFileName.of("folder/")).isEmpty();
        assertThat(UploadedFileName.of("\r\n\u0000")).isEmpty();
    }
}
