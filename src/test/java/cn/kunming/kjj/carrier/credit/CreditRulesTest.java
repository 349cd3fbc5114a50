package cn.kunming.kjj.carrier.credit;

import cn.kunming.kjj.carrier.common.UnitId;
import cn.kunming.kjj.carrier.common.ImportReport;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

class CreditRulesTest {

    private static final LocalDate SUBMITTED = LocalDate.of(2026, 11, 28);
    private static final CheckWindow LAST_YEAR = CheckWindow.lastYearBefore(SUBMITTED);

    private static ListingEntry listed(String from, String to) {
        return new ListingEntry("91350100M000100Y43", "某公司", "严重失信主体名单", "市场监管局", LocalDate.parse(from),
                to == null ? null : LocalDate.parse(to));
    }

    private static boolean inLastYear(ListingEntry e) {
        return e.overlaps(LAST_YEAR.from(), LAST_YEAR.to());
    }

    @Test
    void theLastYearIsTheTwelveMonthsBeforeSubmissionBothEndsIncluded() {
        assertThat(LAST_YEAR.from()).isEqualTo(LocalDate.of(2025, 11, 28));
        assertThat(inLastYear(listed("2024-01-01", "2025-11-28"))).isTrue();
        assertThat(inLastYear(listed("2024-01-01", "2025-11-27"))).isFalse();
        assertThat(inLastYear(listed("2026-11-28", null))).isTrue();
        assertThat(inLastYear(listed("2026-11-29", null))).isFalse();
        assertThat(inLastYear(listed("2020-01-01", null))).isTrue();
    }

    @Test
    void aCsvFileWithBadLinesImportsNothingAndNamesEachLine() {
        String csv = "\uFEFF统一社会信用代码,名称,名单类型,列入机关,列入日期,移出日期\n"
                + "91350100M000100Y43,某公司,严重失信主体名单,市场监管局,2025-03-01,\n"
                + "91350100M000100Y44,另一公司,严重失信主体名单,市场监管局,2025-03-01,\n"
                + "91350100M000100Y43,某公司,,市场监管局,2025/3/1,2025-02-01\n"
                + "91350100M000100Y43,某公司,失信名单,市场监管局,三月,\n";
        CreditListFile.Parsed parsed = CreditListFile.read(csv.getBytes(StandardCharsets.UTF_8));
        assertThat(parsed.problems()).extracting(ImportReport.Problem::line, ImportReport.Problem::key).containsExactly(
                tuple(3, "uscc.check"), tuple(4, "creditImport.missing"), tuple(4, "creditImport.removedBeforeListed"),
                tuple(5, "creditImport.dateInvalid"));
    }

    @Test
    void anXlsxFileWithDateCellsReadsAsEntries() throws Exception {
        try (XSSFWorkbook book = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = book.createSheet();
            Row header = sheet.createRow(0);
            for (int i = 0; i < CreditListFile.HEADERS.size(); i++) {
                header.createCell(i).setCellValue(CreditListFile.HEADERS.get(i));
            }
            CellStyle date = book.createCellStyle();
            date.setDataFormat(book.createDataFormat().getFormat("yyyy/m/d"));
            Row row = sheet.createRow(1);
            row.createCell(0).setCellValue("91350100m000100y43");
            row.createCell(1).setCellValue("某公司");
            row.createCell(2).setCellValue("严重失信主体名单");
            row.createCell(3).setCellValue("市场监管局");
            row.createCell(4).setCellValue(LocalDate.of(2025, 3, 1));
            row.getCell(4).setCellStyle(date);
            book.write(out);
            CreditListFile.Parsed parsed = CreditListFile.read(out.toByteArray());
            assertThat(parsed.problems()).isEmpty();
            assertThat(parsed.entries()).containsExactly(new ListingEntry("91350100M000100Y43", "某公司", "严重失信主体名单",
                    "市场监管局", LocalDate.of(2025, 3, 1), null));
        }
    }

    @Test
    void aFileWithOtherColumnsIsRefusedWhole() {
        assertThat(CreditListFile.read("code,name\n1,2\n".getBytes(StandardCharsets.UTF_8)).problems())
                .extracting(ImportReport.Problem::key).containsExactly("creditImport.header");
    }

    @Test
    void theLatestRoundOfChecksIsListedIfAnySourceListedAndNotCheckedIfAnyFailed() {
        var t1 = java.time.LocalDateTime.of(2026, 11, 1, 9, 0);
        var t2 = t1.plusDays(1);
        CreditCheck oldListed = check(CheckResult.LISTED, t1);
        CreditCheck clear = check(CheckResult.CLEAR, t2);
        CreditCheck failed = check(CheckResult.NOT_CHECKED, t2);
        assertThat(CreditSummary.latest(List.of(oldListed, clear))).contains(CheckResult.CLEAR);
        assertThat(CreditSummary.latest(List.of(oldListed, clear, failed))).contains(CheckResult.NOT_CHECKED);
        assertThat(CreditSummary.latest(List.of())).isEmpty();
    }

    private static CreditCheck check(CheckResult result, java.time.LocalDateTime at) {
        return new CreditCheck(1, UnitId.of(1), "X", CheckOccasion.DAILY, CheckSource.IMPORTED_LISTS, CheckWindow.on(at.toLocalDate()),
                result, List.of(), null, null, null, null, null, "system", at);
    }
}
