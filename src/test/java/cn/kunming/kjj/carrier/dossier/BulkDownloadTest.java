package cn.kunming.kjj.carrier.dossier;

import cn.kunming.kjj.carrier.common.UnitId;
import cn.kunming.kjj.carrier.common.CallId;
import cn.kunming.kjj.carrier.common.DossierId;
import cn.kunming.kjj.carrier.support.Scenarios;
import cn.kunming.kjj.carrier.support.SampleFiles;
import cn.kunming.kjj.carrier.call.CallDraft;
import cn.kunming.kjj.carrier.call.CallService;
import cn.kunming.kjj.carrier.call.RequiredAttachment;
import cn.kunming.kjj.carrier.common.AttachmentZip;
import cn.kunming.kjj.carrier.common.CarrierKind;
import cn.kunming.kjj.carrier.common.ExportProgress;
import cn.kunming.kjj.carrier.common.Sha256;
import cn.kunming.kjj.carrier.common.TenantId;
import cn.kunming.kjj.carrier.review.ReviewScenario;
import cn.kunming.kjj.carrier.security.Role;
import cn.kunming.kjj.carrier.support.As;
import cn.kunming.kjj.carrier.support.Fixtures;
import cn.kunming.kjj.carrier.support.PortalSpringTest;
import cn.kunming.kjj.carrier.tenant.ActivationStatus;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.annotation.Transactional;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import static org.assertj.core.api.Assertions.assertThat;

@PortalSpringTest
@Transactional
class BulkDownloadTest {

    @Autowired
    DossierService dossiers;

    @Autowired

    DossierListService dossierList;
    @Autowired
    CallService calls;
    @Autowired
    Fixtures fixtures;
    @Autowired
    ReviewScenario scenario;

    @AfterEach
    void signOut() {
        As.signOut();
    }

    private CallId callRequiringAPledge() {
        As.role(Role.BUREAU_OFFICER, "KMKJJ");
        LocalDateTime now = calls.now();
        CallId call = calls.create(new CallDraft(now.getYear(), Fixtures.unique("通知"), Set.of(CarrierKind.CONCEPT_CENTER),
                now.minusDays(1), now.plusDays(5), "",
                List.of(new RequiredAttachment(CarrierKind.CONCEPT_CENTER, "C1", "承诺书"))));
        calls.publish(call, 0);
        return call;
    }

    /** A submitted dossier with a pledge, a photo and a second file named like the pledge. */
    private DossierId submittedWithAttachments(CallId call, String tenant) {
        UnitId unit = fixtures.unit(tenant, ActivationStatus.ACTIVE);
        As.user(unit.value() + 70000, Role.APPLICANT, tenant, unit);
        DossierId id = dossiers.open(call, CarrierKind.CONCEPT_CENTER);
        Dossier draft = dossiers.saveDraft(id, 0, Scenarios.eligibleContent()).dossier();
        dossiers.addAttachment(id, "C1", SampleFiles.upload("承诺书.pdf", SampleFiles.pdf()));
        dossiers.addAttachment(id, null, SampleFiles.upload("现场照片.png", SampleFiles.png()));
        dossiers.addAttachment(id, null, SampleFiles.upload("承诺书.pdf", (new String(SampleFiles.pdf(), StandardCharsets.US_ASCII)
                + "\n% 补充页").getBytes(StandardCharsets.US_ASCII)));
        dossiers.submit(id, dossiers.find(id).orElseThrow().version(), false);
        As.signOut();
        return id;
    }

    private static Map<String, byte[]> unzip(byte[] zip) throws Exception {
        Map<String, byte[]> files = new LinkedHashMap<>();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip), StandardCharsets.UTF_8)) {
            for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
                files.put(e.getName(), in.readAllBytes());
            }
        }
        return files;
    }

    private static List<CSVRecord> manifest(Map<String, byte[]> files) throws Exception {
        String text = new String(files.get(AttachmentZip.MANIFEST), StandardCharsets.UTF_8);
        assertThat(text).startsWith("\uFEFF");
        return CSVFormat.EXCEL.builder().setHeader().setSkipHeaderRecord(true).get()
                .parse(new StringReader(text.substring(1))).getRecords();
    }

    @Test
    void theZipOfADossierHoldsEveryAttachmentAndAManifestWhoseHashesMatchTheFiles() throws Exception {
        DossierId id = submittedWithAttachments(callRequiringAPledge(), "530102");
        As.role(Role.DISTRICT_OFFICER, "530102");
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        dossiers.writeAttachmentsZip(id, out);
        Map<String, byte[]> files = unzip(out.toByteArray());
        List<CSVRecord> rows = manifest(files);
        assertThat(rows).hasSize(3);
        assertThat(files).hasSize(4);
        for (CSVRecord row : rows) {
            byte[] file = files.get(row.get("文件"));
            assertThat(file).as(row.get("文件")).isNotNull();
            assertThat(Sha256.hex(file)).isEqualTo(row.get("SHA-256"));
            assertThat(Long.parseLong(row.get("字节数"))).isEqualTo(file.length);
            assertThat(row.get("申报材料编号")).isEqualTo(String.valueOf(id));
        }
        assertThat(rows).extracting(r -> r.get("文件")).doesNotHaveDuplicates()
                .anyMatch(name -> name.endsWith("承诺书 (2).pdf"));
    }

    @Test
    void theCallZipHoldsOnlyTheRecommendedDossiersInTheOfficersScope() throws Exception {
        CallId call = callRequiringAPledge();
        DossierId recommended = submittedWithAttachments(call, "530102");
        DossierId onlySubmitted = submittedWithAttachments(call, "530102");
        DossierId elsewhere = submittedWithAttachments(call, "530103");
        scenario.recommend(recommended, "530102");
        scenario.recommend(elsewhere, "530103");
        As.role(Role.DISTRICT_OFFICER, "530102");
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        dossierList.writeRecommendedZip(call, out);
        List<CSVRecord> rows = manifest(unzip(out.toByteArray()));
        assertThat(rows).extracting(r -> r.get("申报材料编号")).containsOnly(String.valueOf(recommended)).hasSize(3);
        assertThat(rows).extracting(r -> r.get("申报材料编号"))
                .doesNotContain(String.valueOf(onlySubmitted), String.valueOf(elsewhere));
    }

    @Test
    void theFilteredExportHasTheListsRowsWithNumberAndDateCells() throws Exception {
        CallId call = scenario.openCall();
        scenario.submitted(call, "530102");
        scenario.submitted(call, "530102");
        scenario.submitted(call, "530103");
        As.role(Role.BUREAU_OFFICER, "KMKJJ");
        DossierFilter filter = DossierFilter.ofCall(call).withTenant(new TenantId("530102"))
                .withStage(DossierStage.SUBMITTED);
        byte[] xlsx = dossierList.export(filter, null, ExportProgress.NONE);
        try (Workbook book = WorkbookFactory.create(new ByteArrayInputStream(xlsx))) {
            Sheet sheet = book.getSheetAt(0);
            Row header = sheet.getRow(0);
            assertThat(header.getCell(0).getStringCellValue()).isEqualTo("申报单位");
            assertThat(sheet.getLastRowNum()).isEqualTo(dossierList.list(filter).size()).isEqualTo(2);
            for (int r = 1; r <= sheet.getLastRowNum(); r++) {
                Row row = sheet.getRow(r);
                assertThat(row.getCell(1).getStringCellValue()).as("the unit's credit code").hasSize(18);
                assertThat(row.getCell(4).getStringCellValue()).isEqualTo("五华区");
                assertThat(row.getCell(7).getCellType()).isEqualTo(CellType.NUMERIC);
                assertThat(row.getCell(8).getStringCellValue()).isEqualTo("已提交");
                assertThat(row.getCell(9).getNumericCellValue()).isEqualTo(1.0);
                assertThat(DateUtil.isCellDateFormatted(row.getCell(10))).isTrue();
            }
        }
    }
}
