package cn.kunming.kjj.carrier.common;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;

/**
 * A list as an Excel sheet: Chinese headers, a frozen header row, and real number and date cells (so that Excel
 * sorts and sums them), written with POI's streaming writer so that long lists stay within memory.
 */
public final class XlsxTable {

    private XlsxTable() {
    }

    /** One sheet: its name, its headers and its rows (cells are text, numbers, dates or date-times). */
    public record Table(String name, List<String> headers, Iterable<List<?>> rows) {
    }

    public static byte[] write(String sheetName, List<String> headers, Iterable<List<?>> rows) {
        return write(List.of(new Table(sheetName, headers, rows)));
    }

    public static byte[] write(List<Table> tables) {
        try (SXSSFWorkbook book = new SXSSFWorkbook(200); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            CellStyle date = book.createCellStyle();
            date.setDataFormat(book.createDataFormat().getFormat("yyyy-mm-dd"));
            CellStyle dateTime = book.createCellStyle();
            dateTime.setDataFormat(book.createDataFormat().getFormat("yyyy-mm-dd hh:mm"));
            for (Table table : tables) {
                sheet(book.createSheet(table.name()), table.headers(), table.rows(), date, dateTime);
            }
            book.write(out);
            book.dispose();
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void sheet(Sheet sheet, List<String> headers, Iterable<List<?>> rows, CellStyle date,
                              CellStyle dateTime) {
        Row header = sheet.createRow(0);
        for (int i = 0; i < headers.size(); i++) {
            header.createCell(i).setCellValue(headers.get(i));
            sheet.setColumnWidth(i, 18 * 256);
        }
        sheet.createFreezePane(0, 1);
        int r = 1;
        for (List<?> values : rows) {
            Row row = sheet.createRow(r++);
            for (int c = 0; c < values.size(); c++) {
                Object v = values.get(c);
                if (v == null) {
                    continue;
                }
                Cell cell = row.createCell(c);
                switch (v) {
                    case BigDecimal d -> cell.setCellValue(d.doubleValue());
                    case Number n -> cell.setCellValue(n.doubleValue());
                    case LocalDateTime t -> {
                        cell.setCellValue(t);
                        cell.setCellStyle(dateTime);
                    }
                    case LocalDate d -> {
                        cell.setCellValue(d);
                        cell.setCellStyle(date);
                    }
                    default -> cell.setCellValue(v.toString());
                }
            }
        }
    }
}
