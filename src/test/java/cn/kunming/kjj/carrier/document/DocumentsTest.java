package cn.kunming.kjj.carrier.document;

import cn.kunming.kjj.carrier.common.CarrierId;
import cn.kunming.kjj.carrier.common.CallId;
import cn.kunming.kjj.carrier.support.SampleFiles;
import cn.kunming.kjj.carrier.audit.AuditLog;
import cn.kunming.kjj.carrier.audit.AuditQuery;
import cn.kunming.kjj.carrier.audit.AuditPosition;
import cn.kunming.kjj.carrier.carrier.CarrierManagementService;
import cn.kunming.kjj.carrier.carrier.CarrierService;
import cn.kunming.kjj.carrier.carrier.Ground;
import cn.kunming.kjj.carrier.carrier.ManagementRecords;
import cn.kunming.kjj.carrier.common.Docx;
import cn.kunming.kjj.carrier.common.PortalException;
import cn.kunming.kjj.carrier.publicity.PublicNoticeService;
import cn.kunming.kjj.carrier.review.ReviewScenario;
import cn.kunming.kjj.carrier.security.Role;
import cn.kunming.kjj.carrier.support.As;
import cn.kunming.kjj.carrier.support.MovableClock;
import cn.kunming.kjj.carrier.support.PortalSpringTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.transaction.annotation.Transactional;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;

import static cn.kunming.kjj.carrier.support.OfficeFiles.docxText;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

@PortalSpringTest
@Transactional
class DocumentsTest {

    @Autowired
    TemplateService templates;
    @Autowired
    Documents documents;
    @Autowired
    PublicNoticeService notices;
    @Autowired
    CarrierService carriers;
    @Autowired
    CarrierManagementService management;
    @Autowired
    ReviewScenario scenario;
    @Autowired
    MovableClock clock;
    @Autowired
    AuditLog audit;

    private CallId call;
    private CarrierId carrier;

    @BeforeEach
    void aCarrierOnTheList() {
        clock.set(LocalDate.of(2026, 6, 1).atTime(10, 0).atZone(ZoneId.of("Asia/Shanghai")).toInstant());
        call = scenario.openCall();
        carrier = scenario.approvedCarrier(call, "530102", clock, notices, carriers);
    }

    @AfterEach
    void reset() {
        As.signOut();
        clock.reset();
    }

    /** A letterhead of the administrator's own, with the approval notice's placeholders and one list row. */
    private static byte[] ownApprovalTemplate(String extraPlaceholder) {
        return Docx.write(doc -> {
            Docx.title(doc, "昆明市科学技术局（自定义抬头）" + extraPlaceholder);
            Docx.text(doc, "{{title}} {{documentNumber}} 共{{count}}家");
            Docx.table(doc, List.of("序号", "单位", "类型", "名称", "属地", "领域"), List.of(List.of("{{row.no}}",
                    "{{row.unitName}}", "{{row.kind}}", "{{row.name}}", "{{row.tenantName}}", "{{row.field}}")));
        });
    }

    @Test
    void theApprovalNoticeListsTheApprovedCarrierUnderTheNoticesDocumentNumber() throws Exception {
        As.role(Role.BUREAU_OFFICER, "KMKJJ");
        var notice = notices.ofCall(call).orElseThrow();
        String text = docxText(notices.approvalNotice(notice.id()));
        String name = carriers.register(cn.kunming.kjj.carrier.carrier.CarrierFilter.none()).stream()
                .filter(c -> c.id().equals(carrier)).findFirst().orElseThrow().name();
        assertThat(text).contains(notice.documentNumber(), name, "五华区", "培育名单").doesNotContain("{{");
    }

    @Test
    void aReplacedTemplateIsUsedForTheNextDocumentAndTheReplacementIsAudited() throws Exception {
        As.role(Role.ADMIN, null);
        templates.replace(DocumentKind.APPROVAL_NOTICE, "认定通知（局版式）.docx", ownApprovalTemplate(""));
        assertThat(templates.all()).filteredOn(t -> t.kind() == DocumentKind.APPROVAL_NOTICE)
                .extracting(TemplateStatus::replaced).containsExactly(true);
        As.role(Role.BUREAU_OFFICER, "KMKJJ");
        var notice = notices.ofCall(call).orElseThrow();
        assertThat(docxText(notices.approvalNotice(notice.id()))).contains("自定义抬头", notice.documentNumber(), "共1家");
        As.role(Role.AUDITOR, null);
        assertThat(audit.page(new AuditQuery(null, "TEMPLATE_REPLACED", "DOCUMENT_TEMPLATE", "APPROVAL_NOTICE"), AuditPosition.newest(), 5).events())
                .isNotEmpty();
        As.role(Role.ADMIN, null);
        templates.restoreDefault(DocumentKind.APPROVAL_NOTICE);
        As.role(Role.BUREAU_OFFICER, "KMKJJ");
        assertThat(docxText(notices.approvalNotice(notice.id()))).doesNotContain("自定义抬头");
    }

    @Test
    void aTemplateWithAnUnknownPlaceholderOrWithoutTheListRowIsRefusedAndChangesNothing() {
        As.role(Role.ADMIN, null);
        assertThatThrownBy(() -> templates.replace(DocumentKind.APPROVAL_NOTICE, "a.docx",
                ownApprovalTemplate("{{mayorName}}")))
                .isInstanceOf(PortalException.class).hasMessage("template.unknownPlaceholders");
        byte[] withoutRow = Docx.write(doc -> Docx.text(doc, "{{title}}"));
        assertThatThrownBy(() -> templates.replace(DocumentKind.APPROVAL_NOTICE, "b.docx", withoutRow))
                .isInstanceOf(PortalException.class).hasMessage("template.rowMissing");
        assertThatThrownBy(() -> templates.replace(DocumentKind.APPROVAL_NOTICE, "c.docx", new byte[]{1, 2, 3}))
                .isInstanceOf(PortalException.class).hasMessage("template.notDocx");
        assertThat(templates.all()).extracting(TemplateStatus::replaced).containsOnly(false);
    }

    @Test
    void onlyTheAdministratorKeepsTemplates() {
        As.role(Role.BUREAU_OFFICER, "KMKJJ");
        assertThatThrownBy(() -> templates.replace(DocumentKind.PUBLIC_NOTICE, "x.docx", ownApprovalTemplate("")))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> templates.all()).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void theDisqualificationNoticeNamesTheGroundTheDateAndTheBan() throws Exception {
        As.role(Role.BUREAU_OFFICER, "KMKJJ");
        management.proposeDisqualification(carrier, Ground.PUNISHED, "因违法违规行为受到行政处罚", SampleFiles.upload("处罚决定书.pdf",
                SampleFiles.pdf()));
        ManagementRecords.Disqualification d = management.proposals().stream()
                .filter(x -> x.carrierId().equals(carrier)).findFirst().orElseThrow();
        clock.set(LocalDate.of(2026, 7, 2).atTime(10, 0).atZone(ZoneId.of("Asia/Shanghai")).toInstant());
        As.user(4242, Role.BUREAU_OFFICER, "KMKJJ", null);
        management.decide(d.id(), true, "局务会研究决定", LocalDate.of(2026, 7, 1), "移交审计", cn.kunming.kjj.carrier.carrier.RecoveryChoice.full());
        String text = docxText(management.disqualificationNotice(d.id()));
        String banEnds = Docx.CHINESE_DATE.format(
                cn.kunming.kjj.carrier.carrier.DisqualificationRules.banEndsOn(LocalDate.of(2026, 7, 1), 2));
        assertThat(text).contains("自2026年7月1日起取消", "至" + banEnds, "（M5.3(5)）：因违法违规行为受到行政处罚")
                .doesNotContain("{{", "（M5.3(5)）（M5.3(5)）");
        As.role(Role.DISTRICT_OFFICER, "530103");
        assertThatThrownBy(() -> management.disqualificationNotice(d.id()))
                .isInstanceOf(cn.kunming.kjj.carrier.common.NotFoundException.class);
    }

    @Test
    void thePreviewShowsEachPlaceholderByItsName() throws Exception {
        As.role(Role.ADMIN, null);
        assertThat(docxText(templates.preview(DocumentKind.DISQUALIFICATION_NOTICE))).contains("【carrierName】", "【banEndsOn】");
        assertThat(documents.render(DocumentKind.PUBLIC_NOTICE, Map.of(), List.of())).isNotEmpty();
    }
}
