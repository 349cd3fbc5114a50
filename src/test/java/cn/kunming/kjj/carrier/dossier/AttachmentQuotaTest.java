package cn.kunming.kjj.carrier.dossier;

import cn.kunming.kjj.carrier.common.PortalException;
import cn.kunming.kjj.carrier.dossier.repository.DossierRepository.AttachmentLoad;
import org.junit.jupiter.api.Test;
import org.springframework.util.unit.DataSize;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The limits of one dossier's attachments, at each boundary. */
class AttachmentQuotaTest {

    private static final long MB = 1024 * 1024;
    private final AttachmentQuota quota = new AttachmentQuota(50, DataSize.ofMegabytes(300));

    @Test
    void theFiftiethFileIsAcceptedAndTheFiftyFirstIsNot() {
        assertThatCode(() -> quota.check(new AttachmentLoad(49, MB), "第50个.pdf", MB)).doesNotThrowAnyException();
        assertThatThrownBy(() -> quota.check(new AttachmentLoad(50, MB), "第51个.pdf", 1))
                .isInstanceOfSatisfying(PortalException.class, e -> org.assertj.core.api.Assertions
                        .assertThat(e.messageKey()).isEqualTo("attachment.quota"));
    }

    @Test
    void aFileThatFillsTheTotalExactlyIsAcceptedAndOneByteMoreIsNot() {
        assertThatCode(() -> quota.check(new AttachmentLoad(10, 280 * MB), "满.pdf", 20 * MB)).doesNotThrowAnyException();
        assertThatThrownBy(() -> quota.check(new AttachmentLoad(10, 280 * MB), "超.pdf", 20 * MB + 1))
                .isInstanceOf(PortalException.class).hasMessageContaining("attachment.quota");
    }

    @Test
    void anEmptyDossierTakesAnyFileWithinTheTotal() {
        assertThatCode(() -> quota.check(new AttachmentLoad(0, 0), "空.pdf", 0)).doesNotThrowAnyException();
    }

    @Test
    void limitsThatAllowNothingAreRefusedAtStart() {
        assertThatThrownBy(() -> new AttachmentQuota(0, DataSize.ofMegabytes(300))).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new AttachmentQuota(50, DataSize.ofBytes(0))).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new AttachmentQuota(-1, DataSize.ofMegabytes(-5))).isInstanceOf(IllegalArgumentException.class);
    }
}
