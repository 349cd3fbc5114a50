package cn.kunming.kjj.carrier.expert;

import cn.kunming.kjj.carrier.support.OfficeFiles;
import cn.kunming.kjj.carrier.common.ImportReport;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class ExpertSheetTest {

    /** A workbook with the template's headers and the given rows. */
    private static byte[] workbook(List<List<String>> rows) throws IOException {
        return OfficeFiles.workbook(ExpertSheet.HEADERS, rows);
    }

    @Test
    void theTemplateReadsBackAsItsExampleExpert() {
        ExpertSheet.Parsed parsed = ExpertSheet.read(ExpertSheet.template());
        assertThat(parsed.problems()).isEmpty();
        assertThat(parsed.lines()).singleElement().satisfies(l -> {
            assertThat(l.line()).isEqualTo(2);
            assertThat(l.draft().fields()).containsExactly("生物医药", "医疗器械");
        });
    }

    @Test
    void everyBadRowIsReportedWithItsExcelLineNumber() throws IOException {
        byte[] file = workbook(List.of(
                List.of("张三", "新材料", "教授", "云南大学", "", "", ""),
                List.of("", "新材料", "", "云南大学", "", "", ""),
                List.of("李四", "", "", "云南大学", "91530100MA6K0000XX", "", "not-an-email"),
                List.of("张三", "新材料", "教授", "云南大学", "", "", "")));
        ExpertSheet.Parsed parsed = ExpertSheet.read(file);
        assertThat(parsed.problems()).extracting(ImportReport.Problem::line, ImportReport.Problem::key)
                .contains(org.assertj.core.groups.Tuple.tuple(3, "expert.nameMissing"),
                        org.assertj.core.groups.Tuple.tuple(4, "expert.fieldsMissing"),
                        org.assertj.core.groups.Tuple.tuple(4, "expert.emailInvalid"),
                        org.assertj.core.groups.Tuple.tuple(5, "expertImport.duplicateRow"));
        assertThat(parsed.problems()).anyMatch(p -> p.line() == 4 && p.key().startsWith("uscc."));
    }

    @Test
    void aFileWithOtherHeadersOrNotExcelAtAllIsRefusedWhole() throws IOException {
        assertThat(ExpertSheet.read(OfficeFiles.workbook(List.of("名字", "领域"), List.of(List.of("张三", "新材料")))).problems())
                .extracting(ImportReport.Problem::key).containsExactly("expertImport.header");
        assertThat(ExpertSheet.read("姓名,专业领域\n".getBytes(StandardCharsets.UTF_8)).problems())
                .extracting(ImportReport.Problem::key).containsExactly("expertImport.notExcel");
        assertThat(ExpertSheet.read(workbook(List.of())).problems())
                .extracting(ImportReport.Problem::key).containsExactly("expertImport.empty");
    }
}
