package cn.kunming.kjj.carrier.dossier;

import cn.kunming.kjj.carrier.common.UnitId;
import cn.kunming.kjj.carrier.common.CallId;
import cn.kunming.kjj.carrier.common.DossierId;
import cn.kunming.kjj.carrier.support.Scenarios;
import cn.kunming.kjj.carrier.support.SampleFiles;
import cn.kunming.kjj.carrier.call.CallDraft;
import cn.kunming.kjj.carrier.call.CallService;
import cn.kunming.kjj.carrier.call.RequiredAttachment;
import cn.kunming.kjj.carrier.common.CarrierKind;
import cn.kunming.kjj.carrier.common.NotFoundException;
import cn.kunming.kjj.carrier.security.Role;
import cn.kunming.kjj.carrier.support.As;
import cn.kunming.kjj.carrier.support.Fixtures;
import cn.kunming.kjj.carrier.support.PortalSpringTest;
import cn.kunming.kjj.carrier.tenant.ActivationStatus;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.annotation.Transactional;

import java.time.LocalDateTime;
import java.util.Arrays;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

@PortalSpringTest
@Transactional
class AttachmentTest {

    @Autowired
    DossierService dossiers;
    @Autowired
    CallService calls;
    @Autowired
    Fixtures fixtures;

    @AfterEach
    void signOut() {
        As.signOut();
    }

    private DossierId draftUnderCallRequiring(String attachmentName) {
        As.role(Role.BUREAU_OFFICER, "KMKJJ");
        LocalDateTime now = calls.now();
        CallId call = calls.create(new CallDraft(now.getYear(), Fixtures.unique("通知"), Set.of(CarrierKind.CONCEPT_CENTER),
                now.minusDays(1), now.plusDays(5), "",
                List.of(new RequiredAttachment(CarrierKind.CONCEPT_CENTER, "C1", attachmentName))));
        calls.publish(call, 0);
        UnitId unit = fixtures.unit("530102", ActivationStatus.ACTIVE);
        As.user(9001, Role.APPLICANT, "530102", unit);
        return dossiers.open(call, CarrierKind.CONCEPT_CENTER);
    }

    private static byte[] pdfOfSize(int size) {
        byte[] bytes = Arrays.copyOf(SampleFiles.pdf(), size);
        Arrays.fill(bytes, SampleFiles.pdf().length, size, (byte) ' ');
        return bytes;
    }

    @Test
    void aPdfIsStoredWithItsChecksumAndReadBackIdentically() {
        DossierId id = draftUnderCallRequiring("承诺书");
        byte[] pdf = SampleFiles.pdf();
        Attachment a = dossiers.addAttachment(id, "C1", SampleFiles.upload("承诺书.pdf", pdf));
        assertThat(a.contentType()).isEqualTo("application/pdf");
        assertThat(a.sha256()).hasSize(64);
        assertThat(dossiers.attachmentContent(id, a.id())).hasBinaryContent(pdf);
    }

    @Test
    void exactlyTwentyMegabytesIsAcceptedAndOneByteMoreIsNot() {
        DossierId id = draftUnderCallRequiring("承诺书");
        assertThat(dossiers.addAttachment(id, null, SampleFiles.upload("big.pdf", pdfOfSize(20 * 1024 * 1024))).sizeBytes())
                .isEqualTo(20 * 1024 * 1024);
        assertThatThrownBy(() -> dossiers.addAttachment(id, null, SampleFiles.upload("bigger.pdf", pdfOfSize(20 * 1024 * 1024 + 1))))
                .hasMessage("attachment.tooLarge");
    }

    @Test
    void aFileDisguisedByItsExtensionIsRefused() throws Exception {
        DossierId id = draftUnderCallRequiring("承诺书");
        assertThatThrownBy(() -> dossiers.addAttachment(id, "C1", SampleFiles.upload("承诺书.pdf", SampleFiles.png())))
                .hasMessage("attachment.nameDoesNotMatch");
        assertThatThrownBy(() -> dossiers.addAttachment(id, "C1", SampleFiles.upload("承诺书.pdf", "MZ executable".getBytes())))
                .hasMessage("attachment.typeNotAllowed");
        assertThatThrownBy(() -> dossiers.addAttachment(id, "C1", SampleFiles.upload("承诺书.ofd", SampleFiles.zip("word/document.xml"))))
                .hasMessage("attachment.typeNotAllowed");
        assertThat(dossiers.addAttachment(id, "C1", SampleFiles.upload("承诺书.ofd", SampleFiles.zip("OFD.xml"))).contentType())
                .isEqualTo("application/ofd");
        assertThat(dossiers.attachments(id)).hasSize(1);
    }

    @Test
    void aMissingRequiredAttachmentRefusesSubmissionUntilUploadedAndTheVersionKeepsIt() {
        DossierId id = draftUnderCallRequiring("场地证明");
        Dossier draft = dossiers.saveDraft(id, 0, Scenarios.eligibleContent()).dossier();
        assertThat(dossiers.check(id).missing()).extracting(SubmissionCheck.Missing::key)
                .containsExactly("dossier.missing.attachment");
        assertThatThrownBy(() -> dossiers.submit(id, draft.version(), false)).hasMessage("dossier.missing.attachment");
        Attachment proof = dossiers.addAttachment(id, "C1", SampleFiles.upload("场地证明.pdf", SampleFiles.pdf()));
        DossierVersion v1 = dossiers.submit(id, draft.version(), false);
        assertThat(v1.attachments()).extracting(Attachment::id).containsExactly(proof.id());
        assertThat(dossiers.versions(id).getFirst().attachments()).extracting(Attachment::sha256)
                .containsExactly(proof.sha256());
        assertThatThrownBy(() -> dossiers.addAttachment(id, null, SampleFiles.upload("后补.pdf", SampleFiles.pdf())))
                .hasMessage("dossier.locked");
    }

    @Test
    void anotherUnitCannotOpenTheAttachment() {
        DossierId id = draftUnderCallRequiring("承诺书");
        Attachment a = dossiers.addAttachment(id, "C1", SampleFiles.upload("承诺书.pdf", SampleFiles.pdf()));
        As.user(9002, Role.APPLICANT, "530102", fixtures.unit("530102", ActivationStatus.ACTIVE));
        assertThatThrownBy(() -> dossiers.attachmentContent(id, a.id())).isInstanceOf(NotFoundException.class);
        As.role(Role.DISTRICT_OFFICER, "530103");
        assertThatThrownBy(() -> dossiers.attachmentContent(id, a.id())).isInstanceOf(NotFoundException.class);
        As.role(Role.DISTRICT_OFFICER, "530102");
        assertThat(dossiers.attachmentContent(id, a.id())).hasBinaryContent(SampleFiles.pdf());
    }
}
