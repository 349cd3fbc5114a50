package cn.kunming.kjj.carrier.dossier;

import cn.kunming.kjj.carrier.common.CallId;
import cn.kunming.kjj.carrier.common.CarrierKind;
import cn.kunming.kjj.carrier.common.DossierId;
import cn.kunming.kjj.carrier.common.NotFoundException;
import cn.kunming.kjj.carrier.common.PortalException;
import cn.kunming.kjj.carrier.review.DecisionService;
import cn.kunming.kjj.carrier.review.ReviewScenario;
import cn.kunming.kjj.carrier.security.Role;
import cn.kunming.kjj.carrier.support.As;
import cn.kunming.kjj.carrier.support.PortalSpringTest;
import cn.kunming.kjj.carrier.tenant.HostUnitService;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.annotation.Transactional;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Issue 25, part 7: a dossier as a PDF and its history for whoever may read it, and nobody else (a dossier outside
 * the reader's scope is not found); the bureau's meeting pack of a call's reviewed dossiers.
 */
@PortalSpringTest
@Transactional
class DossierDocumentServiceTest {

    @Autowired
    DossierDocumentService documents;
    @Autowired
    DecisionService decisions;
    @Autowired
    DossierService dossiers;
    @Autowired
    HostUnitService units;
    @Autowired
    ReviewScenario scenario;

    @AfterEach
    void signOut() {
        As.signOut();
    }

    /** Keeps a sample for people reviewing a run (target/pdf-samples), as the browser tests keep screenshots. */
    static void keep(String name, byte[] pdf) throws java.io.IOException {
        java.nio.file.Path dir = java.nio.file.Path.of("target", "pdf-samples");
        java.nio.file.Files.createDirectories(dir);
        java.nio.file.Files.write(dir.resolve(name + ".pdf"), pdf);
    }

    static String text(byte[] pdf) throws Exception {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(document);
        }
    }

    @Test
    void aSubmittedDossierPrintsWithItsUnitCreditCodeDistrictVersionRuleResultsAndAttachmentsInChinese() throws Exception {
        ReviewScenario.Submitted s = scenario.submitted(scenario.openCall(), ReviewScenario.DISTRICT, "合成生物",
                ReviewScenario.failing(150, 3));
        scenario.district(ReviewScenario.DISTRICT);
        byte[] pdf = documents.pdf(s.dossierId());
        keep("dossier", pdf);
        assertThat(new String(pdf, 0, 5, java.nio.charset.StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
        String unitCode = units.find(s.unitId()).orElseThrow().creditCode();
        assertThat(text(pdf)).contains("统一社会信用代码", unitCode, "五华区", "第 1 版", "C2.3a", "不符合", "附件清单",
                "昆明市生物医药概念验证中心", "第 1 页");
    }

    @Test
    void theFontIsEmbeddedAsASubsetSoThePrintoutNeedsNoFontsOfTheReader() throws Exception {
        ReviewScenario.Submitted s = scenario.submitted(scenario.openCall(), ReviewScenario.DISTRICT);
        As.signIn(s.applicant());
        byte[] pdf = documents.pdf(s.dossierId());
        try (PDDocument document = Loader.loadPDF(pdf)) {
            PDFont font = document.getPage(0).getResources().getFont(
                    document.getPage(0).getResources().getFontNames().iterator().next());
            assertThat(font.isEmbedded()).isTrue();
            assertThat(font.getName()).contains("NotoSansSC");
        }
        assertThat(pdf.length).as("a subset, not the whole 10 MB font").isLessThan(400_000);
    }

    @Test
    void aDossierOfAnotherDistrictOrAnotherUnitIsNotFoundAsAPdfNorAsAHistory() {
        ReviewScenario.Submitted s = scenario.submitted(scenario.openCall(), ReviewScenario.DISTRICT);
        scenario.district("530103");
        assertThatThrownBy(() -> documents.pdf(s.dossierId())).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> documents.history(s.dossierId())).isInstanceOf(NotFoundException.class);
        ReviewScenario.Submitted neighbour = scenario.submitted(s.callId(), ReviewScenario.DISTRICT);
        As.signIn(neighbour.applicant());
        assertThatThrownBy(() -> documents.pdf(s.dossierId())).isInstanceOf(NotFoundException.class);
        As.role(Role.BUREAU_OFFICER, "KMKJJ");
        assertThatThrownBy(() -> documents.pdf(DossierId.of(Long.MAX_VALUE))).isInstanceOf(NotFoundException.class);
    }

    @Test
    void aDraftHasNoSubmittedVersionToPrint() {
        CallId call = scenario.openCall();
        ReviewScenario.Submitted s = scenario.submitted(call, ReviewScenario.DISTRICT);
        As.signIn(s.applicant());
        DossierId draft = dossiers.open(call, CarrierKind.PILOT_PLATFORM);
        assertThatThrownBy(() -> documents.pdf(draft)).isInstanceOfSatisfying(PortalException.class,
                e -> assertThat(e.messageKey()).isEqualTo("dossier.pdfNotSubmitted"));
    }

    @Test
    void theHistoryTellsWhoDidWhatWhenWithItsRuleOldestFirst() {
        ReviewScenario.Submitted s = scenario.submitted(scenario.openCall(), ReviewScenario.DISTRICT);
        scenario.recommend(s.dossierId(), ReviewScenario.DISTRICT);
        scenario.district(ReviewScenario.DISTRICT);
        List<HistoryEntry> history = documents.history(s.dossierId());
        assertThat(history).extracting(HistoryEntry::action).containsSubsequence("DOSSIER_CREATED",
                "DOSSIER_SUBMITTED", "DOSSIER_RECOMMENDED");
        assertThat(history).filteredOn(e -> e.action().equals("DOSSIER_RECOMMENDED")).singleElement()
                .satisfies(e -> {
                    assertThat(e.ruleId()).isEqualTo("P4.3");
                    assertThat(e.detail()).contains("同意推荐");
                    assertThat(e.actor()).isNotBlank();
                });
    }

    @Test
    void whoReviewsADossierIsInTheBureausHistoryButWithheldFromTheDistricts() {
        ReviewScenario.Submitted s = scenario.submitted(scenario.openCall(), ReviewScenario.DISTRICT);
        scenario.recommend(s.dossierId(), ReviewScenario.DISTRICT);
        ReviewScenario.ExpertLogin expert = scenario.expert("保密专家");
        scenario.assign(s.dossierId(), expert);
        As.role(Role.BUREAU_OFFICER, "KMKJJ");
        assertThat(documents.history(s.dossierId())).filteredOn(e -> e.action().equals("EXPERT_ASSIGNED"))
                .singleElement().satisfies(e -> assertThat(e.detail()).contains("保密专家"));
        scenario.district(ReviewScenario.DISTRICT);
        assertThat(documents.history(s.dossierId())).filteredOn(e -> e.action().equals("EXPERT_ASSIGNED"))
                .singleElement().satisfies(e -> {
                    assertThat(e.withheld()).isTrue();
                    assertThat(e.detail()).isNull();
                    assertThat(e.actor()).isEmpty();
                });
    }

    @Test
    void applicantsAndExpertsReadNoHistory() {
        ReviewScenario.Submitted s = scenario.submitted(scenario.openCall(), ReviewScenario.DISTRICT);
        As.signIn(s.applicant());
        assertThatThrownBy(() -> documents.history(s.dossierId()))
                .isInstanceOf(org.springframework.security.access.AccessDeniedException.class);
    }

    @Test
    void theMeetingPackHoldsEveryReviewedDossierOfTheCallWithItsScoresAndAContentsPage() throws Exception {
        CallId call = scenario.openCall();
        ReviewScenario.Submitted first = scenario.reviewed(call, ReviewScenario.DISTRICT);
        ReviewScenario.Submitted second = scenario.reviewed(call, ReviewScenario.DISTRICT);
        As.role(Role.BUREAU_OFFICER, "KMKJJ");
        byte[] bytes = decisions.meetingPack(call);
        keep("meeting-pack", bytes);
        String pack = text(bytes);
        assertThat(pack).contains("目录", "评审结果汇总", "平均分", "专家 1", "专家 3", "80");
        assertThat(pack.split("昆明市生物医药概念验证中心", -1)).as("both dossiers, in the contents and in full")
                .hasSizeGreaterThanOrEqualTo(5);
        assertThat(first.dossierId()).isNotEqualTo(second.dossierId());
    }

    @Test
    void aCallWithNothingReviewedHasNoMeetingPack() {
        CallId call = scenario.openCall();
        As.role(Role.BUREAU_OFFICER, "KMKJJ");
        assertThatThrownBy(() -> decisions.meetingPack(call)).isInstanceOfSatisfying(PortalException.class,
                e -> assertThat(e.messageKey()).isEqualTo("decision.packEmpty"));
        assertThatThrownBy(() -> decisions.meetingPack(CallId.of(Long.MAX_VALUE))).isInstanceOf(NotFoundException.class);
    }
}
