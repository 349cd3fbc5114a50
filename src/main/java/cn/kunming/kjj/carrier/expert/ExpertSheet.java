package cn.kunming.kjj.carrier.expert;

import cn.kunming.kjj.carrier.common.ImportReport;
import cn.kunming.kjj.carrier.common.TabularFile;
import cn.kunming.kjj.carrier.common.UnifiedSocialCreditCode;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.jspecify.annotations.Nullable;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The Excel form of the expert pool: one header row, then one expert per row. Reading validates every row and
 * reports each problem with its line number as Excel shows it; it never stops at the first.
 */
public final class ExpertSheet {

    public static final List<String> HEADERS = List.of("姓名", "专业领域", "职称", "工作单位", "单位统一社会信用代码", "电话", "邮箱");
    private static final Pattern EMAIL = Pattern.compile("^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$");
    private static final int MAX_ROWS = 5000;

    private ExpertSheet() {
    }

    public record Parsed(List<Line> lines, List<ImportReport.Problem> problems) {
    }

    public record Line(int line, ExpertDraft draft) {
    }

    public static Parsed read(byte[] bytes) {
        boolean workbook = bytes.length > 3 && bytes[0] == 'P' && bytes[1] == 'K';
        List<List<Object>> rows = workbook ? TabularFile.rows(bytes, HEADERS.size()).orElse(null) : null;
        if (rows == null) {
            return new Parsed(List.of(), List.of(new ImportReport.Problem(0, "expertImport.notExcel")));
        }
        if (!TabularFile.hasHeaders(rows, HEADERS)) {
            return new Parsed(List.of(), List.of(new ImportReport.Problem(1, "expertImport.header", String.join("、", HEADERS))));
        }
        List<ImportReport.Problem> problems = new ArrayList<>();
        List<Line> lines = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (int i = 1; i < rows.size(); i++) {
            List<Object> c = rows.get(i);
            if (TabularFile.blank(c)) {
                continue;
            }
            int line = i + 1;
            if (lines.size() + problems.size() >= MAX_ROWS) {
                problems.add(new ImportReport.Problem(line, "expertImport.tooManyRows", MAX_ROWS));
                break;
            }
            ExpertDraft draft = new ExpertDraft(TabularFile.text(c, 0), ExpertFields.parse(TabularFile.text(c, 1)),
                    TabularFile.text(c, 2), TabularFile.text(c, 3), TabularFile.text(c, 4), TabularFile.text(c, 5),
                    TabularFile.text(c, 6), true);
            List<ImportReport.Problem> rowProblems = check(line, draft, TabularFile.text(c, 4));
            if (rowProblems.isEmpty() && !seen.add(draft.name() + "\u0000" + draft.affiliation())) {
                rowProblems.add(new ImportReport.Problem(line, "expertImport.duplicateRow", draft.name()));
            }
            problems.addAll(rowProblems);
            if (rowProblems.isEmpty()) {
                lines.add(new Line(line, draft));
            }
        }
        if (lines.isEmpty() && problems.isEmpty()) {
            problems.add(new ImportReport.Problem(2, "expertImport.empty"));
        }
        return new Parsed(lines, problems);
    }

    /** The same checks as the form applies: name, at least one field and an affiliation; code and e-mail valid. */
    public static List<ImportReport.Problem> check(int line, ExpertDraft d, @Nullable String rawCreditCode) {
        List<ImportReport.Problem> problems = new ArrayList<>();
        if (d.name().isBlank()) {
            problems.add(new ImportReport.Problem(line, "expert.nameMissing"));
        }
        if (d.fields().isEmpty()) {
            problems.add(new ImportReport.Problem(line, "expert.fieldsMissing"));
        }
        if (d.affiliation().isBlank()) {
            problems.add(new ImportReport.Problem(line, "expert.affiliationMissing"));
        }
        if (rawCreditCode != null && !rawCreditCode.isBlank()) {
            UnifiedSocialCreditCode.check(UnifiedSocialCreditCode.normalise(rawCreditCode))
                    .ifPresent(p -> problems.add(new ImportReport.Problem(line, p.key(), p.args())));
        }
        if (!d.email().isEmpty() && !EMAIL.matcher(d.email()).matches()) {
            problems.add(new ImportReport.Problem(line, "expert.emailInvalid", d.email()));
        }
        return problems;
    }

    /** An empty sheet with the headers, to fill in. */
    public static byte[] template() {
        try (XSSFWorkbook book = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = book.createSheet("专家库");
            Row header = sheet.createRow(0);
            for (int i = 0; i < HEADERS.size(); i++) {
                header.createCell(i).setCellValue(HEADERS.get(i));
                sheet.setColumnWidth(i, 20 * 256);
            }
            Row example = sheet.createRow(1);
            List<String> sample = List.of("张三", "生物医药、医疗器械", "研究员", "昆明某研究院", "", "0871-00000000", "");
            for (int i = 0; i < sample.size(); i++) {
                example.createCell(i).setCellValue(sample.get(i));
            }
            book.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
