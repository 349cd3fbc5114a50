package cn.kunming.kjj.carrier.credit;

import cn.kunming.kjj.carrier.common.ImportReport;
import cn.kunming.kjj.carrier.common.TabularFile;
import cn.kunming.kjj.carrier.common.UnifiedSocialCreditCode;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * A list file as published or compiled by officers, CSV (UTF-8) or XLSX, with the columns 统一社会信用代码, 名称,
 * 名单类型, 列入机关, 列入日期, 移出日期. Every line is validated and each problem reported with its line number.
 */
public final class CreditListFile {

    /** The largest list file taken (a national list of some hundred thousand entries fits). */
    public static final int MAX_BYTES = 20 * 1024 * 1024;

    static final List<String> HEADERS = List.of("统一社会信用代码", "名称", "名单类型", "列入机关", "列入日期", "移出日期");
    private static final int MAX_ROWS = 200_000;

    private CreditListFile() {
    }

    public record Parsed(List<ListingEntry> entries, List<ImportReport.Problem> problems) {
    }

    public static Parsed read(byte[] bytes) {
        List<List<Object>> rows = TabularFile.rows(bytes, HEADERS.size()).orElse(null);
        if (rows == null) {
            return new Parsed(List.of(), List.of(new ImportReport.Problem(0, "creditImport.unreadable")));
        }
        if (!TabularFile.hasHeaders(rows, HEADERS)) {
            return new Parsed(List.of(), List.of(new ImportReport.Problem(1, "creditImport.header", String.join("、", HEADERS))));
        }
        List<ListingEntry> entries = new ArrayList<>();
        List<ImportReport.Problem> problems = new ArrayList<>();
        for (int i = 1; i < rows.size(); i++) {
            List<Object> row = rows.get(i);
            if (TabularFile.blank(row)) {
                continue;
            }
            int line = i + 1;
            if (entries.size() >= MAX_ROWS) {
                problems.add(new ImportReport.Problem(line, "creditImport.tooManyRows", MAX_ROWS));
                break;
            }
            int before = problems.size();
            String code = UnifiedSocialCreditCode.normalise(TabularFile.text(row, 0));
            UnifiedSocialCreditCode.check(code).ifPresent(p -> problems.add(new ImportReport.Problem(line, p.key(), p.args())));
            String name = TabularFile.text(row, 1);
            String type = TabularFile.text(row, 2);
            String authority = TabularFile.text(row, 3);
            if (name.isEmpty() || type.isEmpty() || authority.isEmpty()) {
                problems.add(new ImportReport.Problem(line, "creditImport.missing"));
            }
            LocalDate listed = TabularFile.date(row, 4, line, problems, "creditImport.dateInvalid");
            if (listed == null && problems.size() == before) {
                problems.add(new ImportReport.Problem(line, "creditImport.listedMissing"));
            }
            LocalDate removed = TabularFile.date(row, 5, line, problems, "creditImport.dateInvalid");
            if (listed != null && removed != null && removed.isBefore(listed)) {
                problems.add(new ImportReport.Problem(line, "creditImport.removedBeforeListed"));
            }
            if (problems.size() == before) {
                // no problem on this line: the listing day was read
                entries.add(new ListingEntry(code, name, type, authority, java.util.Objects.requireNonNull(listed), removed));
            }
        }
        if (entries.isEmpty() && problems.isEmpty()) {
            problems.add(new ImportReport.Problem(2, "creditImport.empty"));
        }
        return new Parsed(entries, problems);
    }
}
