package cn.kunming.kjj.carrier.common;

import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class XlsxTableTest {

    private static List<List<?>> rows(int count) {
        return IntStream.rangeClosed(1, count).<List<?>>mapToObj(i -> List.of(i, "第" + i + "行")).toList();
    }

    private static Workbook streamed(int rows, int rowsPerSheet) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        XlsxTable.stream("清单", List.of("序号", "内容"), rows(rows), rowsPerSheet, out);
        return WorkbookFactory.create(new ByteArrayInputStream(out.toByteArray()));
    }

    @Test
    void aStreamedListFillsEachSheetToItsLimitAndGoesOnInTheNextUnderTheSameHeader() throws Exception {
        try (Workbook book = streamed(5, 2)) {
            assertThat(book.getNumberOfSheets()).isEqualTo(3);
            List<Double> numbers = new ArrayList<>();
            for (Sheet sheet : book) {
                assertThat(sheet.getRow(0).getCell(1).getStringCellValue()).isEqualTo("内容");
                for (int r = 1; r <= sheet.getLastRowNum(); r++) {
                    numbers.add(sheet.getRow(r).getCell(0).getNumericCellValue());
                }
            }
            assertThat(numbers).containsExactly(1.0, 2.0, 3.0, 4.0, 5.0);
            assertThat(book.getSheetName(2)).isEqualTo("清单 3");
        }
    }

    @Test
    void aListThatFillsItsSheetExactlyTakesOneSheetAndAnEmptyListKeepsItsHeader() throws Exception {
        try (Workbook full = streamed(2, 2); Workbook empty = streamed(0, 2)) {
            assertThat(full.getNumberOfSheets()).isEqualTo(1);
            assertThat(empty.getNumberOfSheets()).isEqualTo(1);
            assertThat(empty.getSheetAt(0).getRow(0).getCell(0).getStringCellValue()).isEqualTo("序号");
        }
    }

    @Test
    void aSheetHoldsAtLeastOneRowAndNoMoreThanExcelAllows() {
        for (int limit : new int[]{0, -1, XlsxTable.MAX_ROWS_PER_SHEET + 1}) {
            assertThatThrownBy(() -> XlsxTable.stream("清单", List.of("序号"), rows(1), limit, new ByteArrayOutputStream()))
                    .as("a sheet of " + limit + " rows").isInstanceOf(IllegalArgumentException.class);
        }
        assertThat(XlsxTable.MAX_ROWS_PER_SHEET).isEqualTo(org.apache.poi.ss.SpreadsheetVersion.EXCEL2007.getMaxRows() - 1);
    }
}
