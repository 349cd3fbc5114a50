package cn.kunming.kjj.carrier.credit;

import cn.kunming.kjj.carrier.common.ImportReport;
import cn.kunming.kjj.carrier.common.UnifiedSocialCreditCode;
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
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;

/**
 * A list file as published or compiled by officers, CSV (UTF-8) or XLSX, with the columns 统一社会信用代码, 名称,
 * 名单类型, 列入机关, 列入日期, 移出日期. Every line is validated and each problem reported with its line number.
 */
public final class CreditListFile {

    static final List<String> HEADERS = List.of("统一社会信用代码", "名称", "名单类型", "列入机关", "列入日期", "移出日期");
    private static final DateTimeFormatter SLASHED = DateTimeFormatter.ofPattern("yyyy/M/d");
    private static final int MAX_ROWS = 200_000;

    private CreditListFile() {
    }

    public record Parsed(List<ListingEntry> entries, List<ImportReport.Problem> problems) {
    }

    public static Parsed read(byte[] bytes) {
        List<List<Object>> rows;
        try {
            rows = isXlsx(bytes) ? xlsx(bytes) : csv(bytes);
        } catch (IOException | RuntimeException e) {
            return new Parsed(List.of(), List.of(new ImportReport.Problem(0, "creditImport.unreadable")));
        }
        if (rows.isEmpty() || !HEADERS.equals(rows.getFirst().stream().map(o -> o == null ? "" : o.toString().strip()
                .replace("\uFEFF", "")).limit(HEADERS.size()).toList())) {
            return new Parsed(List.of(), List.of(new ImportReport.Problem(1, "creditImport.header", String.join("、", HEADERS))));
        }
        List<ListingEntry> entries = new ArrayList<>();
        List<ImportReport.Problem> problems = new ArrayList<>();
        for (int i = 1; i < rows.size(); i++) {
            List<Object> row = rows.get(i);
            if (row.stream().allMatch(o -> o == null || o.toString().isBlank())) {
                continue;
            }
            int line = i + 1;
            if (entries.size() >= MAX_ROWS) {
                problems.add(new ImportReport.Problem(line, "creditImport.tooManyRows", MAX_ROWS));
                break;
            }
            int before = problems.size();
            String code = UnifiedSocialCreditCode.normalise(text(row, 0));
            UnifiedSocialCreditCode.check(code).ifPresent(p -> problems.add(new ImportReport.Problem(line, p.key(), p.args())));
            String name = text(row, 1);
            String type = text(row, 2);
            String authority = text(row, 3);
            if (name.isEmpty() || type.isEmpty() || authority.isEmpty()) {
                problems.add(new ImportReport.Problem(line, "creditImport.missing"));
            }
            LocalDate listed = date(row, 4, line, problems, true);
            LocalDate removed = date(row, 5, line, problems, false);
            if (listed != null && removed != null && removed.isBefore(listed)) {
                problems.add(new ImportReport.Problem(line, "creditImport.removedBeforeListed"));
            }
            if (problems.size() == before) {
                entries.add(new ListingEntry(code, name, type, authority, listed, removed));
            }
        }
        if (entries.isEmpty() && problems.isEmpty()) {
            problems.add(new ImportReport.Problem(2, "creditImport.empty"));
        }
        return new Parsed(entries, problems);
    }

    private static boolean isXlsx(byte[] bytes) {
        return bytes.length > 3 && bytes[0] == 'P' && bytes[1] == 'K';
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

    private static List<List<Object>> xlsx(byte[] bytes) throws IOException {
        List<List<Object>> rows = new ArrayList<>();
        DataFormatter text = new DataFormatter();
        try (Workbook book = WorkbookFactory.create(new ByteArrayInputStream(bytes))) {
            Sheet sheet = book.getSheetAt(0);
            for (int r = 0; r <= sheet.getLastRowNum(); r++) {
                Row row = sheet.getRow(r);
                List<Object> values = new ArrayList<>();
                for (int c = 0; c < HEADERS.size(); c++) {
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

    private static String text(List<Object> row, int i) {
        return i < row.size() && row.get(i) != null ? row.get(i).toString().strip() : "";
    }

    private static LocalDate date(List<Object> row, int i, int line, List<ImportReport.Problem> problems,
                                  boolean required) {
        Object value = i < row.size() ? row.get(i) : null;
        if (value instanceof LocalDate d) {
            return d;
        }
        String s = value == null ? "" : value.toString().strip();
        if (s.isEmpty()) {
            if (required) {
                problems.add(new ImportReport.Problem(line, "creditImport.listedMissing"));
            }
            return null;
        }
        try {
            return s.contains("/") ? LocalDate.parse(s, SLASHED) : LocalDate.parse(s);
        } catch (DateTimeParseException e) {
            problems.add(new ImportReport.Problem(line, "creditImport.dateInvalid", s));
            return null;
        }
    }
}
