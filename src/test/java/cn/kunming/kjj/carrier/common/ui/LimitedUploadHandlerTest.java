package cn.kunming.kjj.carrier.common.ui;

import cn.kunming.kjj.carrier.common.BoundedRead;
import cn.kunming.kjj.carrier.support.CountingBody;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.io.ByteArrayInputStream;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class LimitedUploadHandlerTest {

    private static final int LIMIT = 20 * 1024 * 1024;

    @Test
    void aBodyOf300MegabytesIsReadOnlyToOneBytePastTheLimitAndRefused() throws Exception {
        CountingBody body = new CountingBody(300L * 1024 * 1024);
        assertThat(BoundedRead.atMost(body, LIMIT)).isNull();
        assertThat(body.read).isEqualTo(LIMIT + 1L).isLessThanOrEqualTo(LIMIT + (long) BoundedRead.BUFFER);
    }

    @Test
    void aFileOfExactlyTheLimitIsTakenAndOneByteMoreIsNot() throws Exception {
        assertThat(BoundedRead.atMost(new CountingBody(LIMIT), LIMIT)).hasSize(LIMIT);
        assertThat(BoundedRead.atMost(new CountingBody(LIMIT + 1L), LIMIT)).isNull();
        assertThat(BoundedRead.atMost(new ByteArrayInputStream(new byte[0]), LIMIT)).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"申报书.pdf", "SCAN.PDF", "照片.jpeg", "证照.ofd"})
    void evidenceTypesAreTakenWhateverTheCase(String name) {
        assertThat(handler().accepted(name)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"setup.exe", "申报书.pdf.exe", "macro.docm", "noextension", ""})
    void otherTypesAreRefusedByName(String name) {
        assertThat(handler().accepted(name)).isFalse();
    }

    private static LimitedUploadHandler handler() {
        return new LimitedUploadHandler(LIMIT, List.of(LimitedUpload.EVIDENCE_TYPES), file -> { }, (n, w) -> { });
    }
}
