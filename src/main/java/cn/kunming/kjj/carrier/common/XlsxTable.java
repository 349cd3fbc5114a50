package cn.kunming.kjj.carrier.common;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
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

    /** The rows a sheet holds under its header row: Excel's 1,048,576 rows less the header. */
    public static final int MAX_ROWS_PER_SHEET = 1_048_575;

    private XlsxTable() {
    }

    /** One sheet: its name, its headers and its rows (cells are text, numbers, dates or date-times). */
    public record Table(String name, List<String> headers, Iterable<List<?>> rows) {
    }

    public static byte[] write(String sheetName, List<String> headers, Iterable<List<?>> rows) {
        return write(List.of(new Table(sheetName, headers, rows)));
    }

    public static byte[] write(List<Table> tables) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        write(out, book -> {
            for (Table table : tables) {
                Sheet sheet = book.sheet(table.name(), table.headers());
                int r = 1;
                for (List<?> values : table.rows()) {
                    book.row(sheet, r++, values);
                }
            }
        });
        return out.toByteArray();
    }

    /**
     * A list of any length streamed into {@code out}: a new sheet ("name", "name 2", …) each time one is full with
     * {@code rowsPerSheet} rows under its header, so that nothing is cut off at Excel's limit and only POI's window of
     * rows is in memory.
     */
    public static void stream(String sheetName, List<String> headers, Iterable<List<?>> rows, int rowsPerSheet,
                              OutputStream out) {
        if (rowsPerSheet < 1 || rowsPerSheet > MAX_ROWS_PER_SHEET) {
            throw new IllegalArgumentException("a sheet holds 1 to " + MAX_ROWS_PER_SHEET + " rows: " + rowsPerSheet);
        }
        write(out, book -> {
            Sheet sheet = book.sheet(sheetName, headers);
            int sheets = 1;
            int r = 1;
            for (List<?> values : rows) {
                if (r > rowsPerSheet) {
                    sheet = book.sheet(sheetName + " " + ++sheets, headers);
                    r = 1;
                }
                book.row(sheet, r++, values);
            }
        });
    }

    private static void write(OutputStream out, java.util.function.Consumer<Book> content) {
        SXSSFWorkbook workbook = new SXSSFWorkbook(200);
        try (workbook) {
            content.accept(new Book(workbook));
            workbook.write(out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            // the rows POI wrote out of its window wait in temporary files, also when the export stops half-way
            workbook.dispose();
        }
    }

    /** A streaming workbook with the portal's date styles. */
    private static final class Book {

        private final SXSSFWorkbook workbook;
        private final CellStyle date;
        private final CellStyle dateTime;

        Book(SXSSFWorkbook workbook) {
            this.workbook = workbook;
            date = workbook.createCellStyle();
            date.setDataFormat(workbook.createDataFormat().getFormat("yyyy-mm-dd"));
            dateTime = workbook.createCellStyle();
            dateTime.setDataFormat(workbook.createDataFormat().getFormat("yyyy-mm-dd hh:mm"));
        }

        Sheet sheet(String name, List<String> headers) {
            Sheet sheet = workbook.createSheet(name);
            Row header = sheet.createRow(0);
            for (int i = 0; i < headers.size(); i++) {
                header.createCell(i).setCellValue(headers.get(i));
                sheet.setColumnWidth(i, 18 * 256);
            }
            sheet.createFreezePane(0, 1);
            return sheet;
        }

        void row(Sheet sheet, int index, List<?> values) {
            Row row = sheet.createRow(index);
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
