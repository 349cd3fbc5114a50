package cn.kunming.kjj.carrier.common;

import org.jspecify.annotations.Nullable;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The rows of an uploaded table, CSV (UTF-8, with or without BOM) or XLSX (first sheet): text cells as trimmed
 * strings, date cells as dates. Import files of the portal (credit lists, market registration) read through here.
 */
public final class TabularFile {


    private TabularFile() {
    }

    /** The rows, or empty when the bytes are neither a readable CSV nor a workbook. */
    public static Optional<List<List<Object>>> rows(byte[] bytes, int columns) {
        try {
            return Optional.of(bytes.length > 3 && bytes[0] == 'P' && bytes[1] == 'K' ? xlsx(bytes, columns) : csv(bytes));
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
    }

    /** Whether the first row is exactly the headers. */
    public static boolean hasHeaders(List<List<Object>> rows, List<String> headers) {
        return !rows.isEmpty() && headers.equals(rows.getFirst().stream().map(o -> o == null ? "" : o.toString().strip()
                .replace("\uFEFF", "")).limit(headers.size()).toList());
    }

    public static boolean blank(List<Object> row) {
        return row.stream().allMatch(o -> o == null || o.toString().isBlank());
    }

    public static String text(List<Object> row, int i) {
        return i < row.size() && row.get(i) != null ? row.get(i).toString().strip() : "";
    }

    /** A date cell, or text written 2025-03-01 or 2025/3/1; null when empty; a problem on the line otherwise. */
    public static @Nullable LocalDate date(List<Object> row, int i, int line, List<ImportReport.Problem> problems, String invalidKey) {
        Object value = i < row.size() ? row.get(i) : null;
        if (value instanceof LocalDate d) {
            return d;
        }
        String s = value == null ? "" : value.toString().strip();
        if (s.isEmpty()) {
            return null;
        }
        Optional<LocalDate> date = TypedDates.parse(s);
        if (date.isEmpty()) {
            problems.add(new ImportReport.Problem(line, invalidKey, s));
        }
        return date.orElse(null);
    }

    private static List<List<Object>> csv(byte[] bytes) throws IOException {
        List<List<Object>> rows = new ArrayList<>();
        try (Reader reader = new InputStreamReader(new ByteArrayInputStream(bytes), StandardCharsets.UTF_8);
             CSVParser parser = CSVFormat.DEFAULT.builder().setTrim(true).get().parse(reader)) {
            for (CSVRecord r : parser) {
                rows.add(new ArrayList<>(r.toList()));
            }
        }
        return rows;
    }

    private static List<List<Object>> xlsx(byte[] bytes, int columns) throws IOException {
        List<List<Object>> rows = new ArrayList<>();
        DataFormatter text = new DataFormatter();
        try (Workbook book = WorkbookFactory.create(new ByteArrayInputStream(bytes))) {
            Sheet sheet = book.getSheetAt(0);
            for (int r = 0; r <= sheet.getLastRowNum(); r++) {
                Row row = sheet.getRow(r);
                List<Object> values = new ArrayList<>();
                for (int c = 0; c < columns; c++) {
                    Cell cell = row == null ? null : row.getCell(c);
                    if (cell != null && cell.getCellType() == CellType.NUMERIC && DateUtil.isCellDateFormatted(cell)) {
                        values.add(cell.getLocalDateTimeCellValue().toLocalDate());
                    } else {
                        values.add(cell == null ? "" : text.formatCellValue(cell));
                    }
                }
                rows.add(values);
            }
        }
        return rows;
    }
}
