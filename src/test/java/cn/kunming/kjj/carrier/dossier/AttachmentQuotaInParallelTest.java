package cn.kunming.kjj.carrier.dossier;

import cn.kunming.kjj.carrier.call.CallService;
import cn.kunming.kjj.carrier.common.CallId;
import cn.kunming.kjj.carrier.common.CarrierKind;
import cn.kunming.kjj.carrier.common.DossierId;
import cn.kunming.kjj.carrier.common.PortalException;
import cn.kunming.kjj.carrier.common.UnitId;
import cn.kunming.kjj.carrier.security.AccountStatus;
import cn.kunming.kjj.carrier.security.Role;
import cn.kunming.kjj.carrier.support.As;
import cn.kunming.kjj.carrier.support.Fixtures;
import cn.kunming.kjj.carrier.support.PortalSpringTest;
import cn.kunming.kjj.carrier.support.SampleFiles;
import cn.kunming.kjj.carrier.support.Scenarios;
import cn.kunming.kjj.carrier.tenant.ActivationStatus;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * A dossier holds at most 50 attachments (the default of portal.dossier.attachments.max-count), with real commits: the
 * 51st is refused with the rule's message and changes nothing, a removed one frees its place, and uploads sent at once
 * never take the dossier past the limit.
 */
@PortalSpringTest
class AttachmentQuotaInParallelTest {

    private static final int LIMIT = 50;

    @Autowired
    DossierService dossiers;
    @Autowired
    CallService calls;
    @Autowired
    Fixtures fixtures;

    private UnitId unit;
    private cn.kunming.kjj.carrier.common.AccountId account;

    @AfterEach
    void signOut() {
        As.signOut();
    }

    private void asApplicant() {
        As.user(account, Role.APPLICANT, "530102", unit);
    }

    private DossierId draftWith(int attachments) {
        CallId call = Scenarios.openCall(calls);
        unit = fixtures.unit("530102", ActivationStatus.ACTIVE);
        account = fixtures.account(Role.APPLICANT, "530102", unit, AccountStatus.ACTIVE);
        asApplicant();
        DossierId dossier = dossiers.open(call, CarrierKind.CONCEPT_CENTER);
        for (int i = 1; i <= attachments; i++) {
            dossiers.addAttachment(dossier, null, SampleFiles.uploadPdf("附件" + i + ".pdf"));
        }
        return dossier;
    }

    @Test
    void theFiftyFirstAttachmentIsRefusedUntilOneIsRemoved() {
        DossierId dossier = draftWith(LIMIT);
        assertThatThrownBy(() -> dossiers.addAttachment(dossier, null, SampleFiles.uploadPdf("多余.pdf")))
                .isInstanceOfSatisfying(PortalException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("attachment.quota"));
        assertThat(dossiers.attachments(dossier)).hasSize(LIMIT);

        dossiers.removeAttachment(dossier, dossiers.attachments(dossier).getFirst().id());
        assertThat(dossiers.addAttachment(dossier, null, SampleFiles.uploadPdf("替换.pdf")).fileName()).isEqualTo("替换.pdf");
        assertThat(dossiers.attachments(dossier)).hasSize(LIMIT);
    }

    @Test
    void tenUploadsAtOnceToADossierWithFivePlacesLeftAddExactlyFive() throws Exception {
        DossierId dossier = draftWith(LIMIT - 5);
        As.signOut();
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(10);
        try {
            List<Future<String>> outcomes = new ArrayList<>();
            for (int i = 0; i < 10; i++) {
                int n = i;
                outcomes.add(pool.submit(() -> {
                    asApplicant();
                    try {
                        start.await();
                        dossiers.addAttachment(dossier, null, SampleFiles.uploadPdf("并发" + n + ".pdf"));
                        return "added";
                    } catch (PortalException e) {
                        return e.messageKey();
                    } finally {
                        As.signOut();
                    }
                }));
            }
            start.countDown();
            List<String> results = new ArrayList<>();
            for (Future<String> f : outcomes) {
                results.add(f.get());
            }
            assertThat(results).filteredOn("added"::equals).hasSize(5);
            assertThat(results).filteredOn("attachment.quota"::equals).hasSize(5);
        } finally {
            pool.shutdownNow();
        }
        asApplicant();
        assertThat(dossiers.attachments(dossier)).hasSize(LIMIT);
    }
}
