package cn.kunming.kjj.carrier.audit;

import cn.kunming.kjj.carrier.security.Role;
import cn.kunming.kjj.carrier.support.As;
import cn.kunming.kjj.carrier.support.AuditTrail;
import cn.kunming.kjj.carrier.support.Fixtures;
import cn.kunming.kjj.carrier.support.MovableClock;
import cn.kunming.kjj.carrier.support.PortalSpringTest;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.test.context.TestPropertySource;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The audit log's exports, with a sheet of three rows and reads of two events, so that the seams show on a few events:
 * a new sheet when one is full, the next read after an event of the same time, and CSV cells a spreadsheet must not run.
 */
@PortalSpringTest
@TestPropertySource(properties = {"portal.audit.export.rows-per-sheet=3", "portal.audit.export.read-rows=2"})
class AuditExportTest {

    @Autowired
    AuditLog audit;
    @Autowired
    AuditTrail trail;
    @Autowired
    MovableClock clock;

    @AfterEach
    void reset() {
        As.signOut();
        clock.reset();
    }

    private List<Long> events(String actor, String detail, int count) {
        return trail.events(actor, LocalDateTime.of(2031, 5, 20, 14, 0), count, detail);
    }

    @Test
    void anExportLongerThanASheetContinuesOnNewSheetsEachWithItsHeader() throws Exception {
        String actor = Fixtures.unique("sheets");
        List<Long> written = events(actor, "退回", 7);
        As.role(Role.AUDITOR, null);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        audit.exportXlsx(new AuditQuery(actor, null, null, null), out);
        try (Workbook book = WorkbookFactory.create(new ByteArrayInputStream(out.toByteArray()))) {
            assertThat(book.getNumberOfSheets()).isEqualTo(3);
            assertThat(List.of(book.getSheetName(0), book.getSheetName(1), book.getSheetName(2)))
                    .containsExactly("审计日志", "审计日志 2", "审计日志 3");
            List<Long> exported = new ArrayList<>();
            for (Sheet sheet : book) {
                assertThat(sheet.getRow(0).getCell(0).getStringCellValue()).isEqualTo("编号");
                assertThat(sheet.getLastRowNum()).as(sheet.getSheetName()).isLessThanOrEqualTo(3);
                for (Row row : sheet) {
                    if (row.getRowNum() > 0) {
                        exported.add((long) row.getCell(0).getNumericCellValue());
                    }
                }
            }
            assertThat(exported).as("every event once, newest first, across reads of two events of one time")
                    .containsExactlyElementsOf(written.reversed());
        }
    }

    @Test
    void anExportOfExactlyOneSheetsRowsNeedsNoSecondSheetAndAnEmptyOneHasItsHeader() throws Exception {
        String actor = Fixtures.unique("full");
        events(actor, "退回", 3);
        As.role(Role.AUDITOR, null);
        ByteArrayOutputStream full = new ByteArrayOutputStream();
        audit.exportXlsx(new AuditQuery(actor, null, null, null), full);
        ByteArrayOutputStream empty = new ByteArrayOutputStream();
        audit.exportXlsx(new AuditQuery(Fixtures.unique("nobody"), null, null, null), empty);
        try (Workbook book = WorkbookFactory.create(new ByteArrayInputStream(full.toByteArray()));
             Workbook none = WorkbookFactory.create(new ByteArrayInputStream(empty.toByteArray()))) {
            assertThat(book.getNumberOfSheets()).isEqualTo(1);
            assertThat(book.getSheetAt(0).getLastRowNum()).isEqualTo(3);
            assertThat(none.getNumberOfSheets()).isEqualTo(1);
            assertThat(none.getSheetAt(0).getLastRowNum()).isZero();
        }
    }

    @Test
    void theCsvExportWritesEveryEventAndTextThatASpreadsheetWouldRunAsAFormulaInert() throws Exception {
        String actor = Fixtures.unique("=cmd");
        List<Long> written = new ArrayList<>();
        for (String detail : List.of("=HYPERLINK(\"http://evil\",\"x\")", "+1+1", "-2", "@SUM(A1)", "\tTAB", "\rCR",
                "普通的说明 =1")) {
            written.addAll(events(actor, detail, 1));
        }
        As.role(Role.AUDITOR, null);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        audit.exportCsv(new AuditQuery(actor, null, null, null), out);
        String csv = out.toString(StandardCharsets.UTF_8);
        assertThat(csv).as("a byte-order mark, for Excel and WPS to read UTF-8").startsWith("\uFEFF");
        List<CSVRecord> records = CSVFormat.EXCEL.parse(new StringReader(csv.substring(1))).getRecords();
        assertThat(records.getFirst().get(0)).isEqualTo("编号");
        List<CSVRecord> rows = records.subList(1, records.size());
        assertThat(rows.stream().map(r -> Long.parseLong(r.get(0))).toList()).containsExactlyElementsOf(written.reversed());
        assertThat(rows.stream().map(r -> r.get(9)).toList()).containsExactly("普通的说明 =1", "'\rCR", "'\tTAB",
                "'@SUM(A1)", "'-2", "'+1+1", "'=HYPERLINK(\"http://evil\",\"x\")");
        assertThat(rows).allSatisfy(r -> {
            assertThat(r.get(2)).as("the actor").isEqualTo("'" + actor);
            assertThat(r.get(1)).as("the time, to the second").isEqualTo("2031-05-20 14:00:00");
        });
    }

    @Test
    void everyExportIsRecordedAndOnlyTheAuditorExports() {
        String actor = Fixtures.unique("recorded");
        events(actor, "退回", 1);
        AuditQuery query = new AuditQuery(actor, null, null, null);
        for (Role role : new Role[]{Role.ADMIN, Role.SECURITY_ADMIN, Role.BUREAU_OFFICER, Role.DISTRICT_OFFICER}) {
            As.role(role, role == Role.BUREAU_OFFICER ? "KMKJJ" : role == Role.DISTRICT_OFFICER ? "530102" : null);
            assertThatThrownBy(() -> audit.exportCsv(query, new ByteArrayOutputStream())).as(role.name())
                    .isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> audit.exportXlsx(query, new ByteArrayOutputStream())).as(role.name())
                    .isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> audit.page(query, AuditPosition.newest(), 10)).as(role.name())
                    .isInstanceOf(AccessDeniedException.class);
        }
        As.role(Role.AUDITOR, null);
        audit.exportCsv(query, new ByteArrayOutputStream());
        assertThat(audit.page(new AuditQuery(null, AuditAction.AUDIT_EXPORTED.name(), null, null), AuditPosition.newest(), 20)
                .events()).anySatisfy(e -> assertThat(e.detail()).startsWith("1 events as csv").contains(actor));
    }
}
