package cn.kunming.kjj.carrier.termination;

import cn.kunming.kjj.carrier.common.ImportReport;
import cn.kunming.kjj.carrier.common.TabularFile;
import cn.kunming.kjj.carrier.common.UnifiedSocialCreditCode;
import cn.kunming.kjj.carrier.tenant.RegistrationStatus;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** A market-registration file (CSV or XLSX): 统一社会信用代码, 登记状态 (存续/注销/吊销), 日期. */
public final class RegistrationFile {

    static final List<String> HEADERS = List.of("统一社会信用代码", "登记状态", "日期");
    private static final Map<String, RegistrationStatus> STATUSES = Map.of("存续", RegistrationStatus.ACTIVE,
            "注销", RegistrationStatus.DEREGISTERED, "吊销", RegistrationStatus.REVOKED);

    private RegistrationFile() {
    }

    public record Line(String creditCode, RegistrationStatus status, LocalDate on) {
    }

    public record Parsed(List<Line> lines, List<ImportReport.Problem> problems) {
    }

    public static Parsed read(byte[] bytes) {
        List<List<Object>> rows = TabularFile.rows(bytes, HEADERS.size()).orElse(null);
        if (rows == null) {
            return new Parsed(List.of(), List.of(new ImportReport.Problem(0, "creditImport.unreadable")));
        }
        if (!TabularFile.hasHeaders(rows, HEADERS)) {
            return new Parsed(List.of(), List.of(new ImportReport.Problem(1, "creditImport.header", String.join("、", HEADERS))));
        }
        List<Line> lines = new ArrayList<>();
        List<ImportReport.Problem> problems = new ArrayList<>();
        for (int i = 1; i < rows.size(); i++) {
            List<Object> row = rows.get(i);
            if (TabularFile.blank(row)) {
                continue;
            }
            int line = i + 1;
            int before = problems.size();
            String code = UnifiedSocialCreditCode.normalise(TabularFile.text(row, 0));
            UnifiedSocialCreditCode.check(code).ifPresent(p -> problems.add(new ImportReport.Problem(line, p.key(), p.args())));
            RegistrationStatus status = STATUSES.get(TabularFile.text(row, 1));
            if (status == null) {
                problems.add(new ImportReport.Problem(line, "registrationImport.status", TabularFile.text(row, 1)));
            }
            LocalDate on = TabularFile.date(row, 2, line, problems, "creditImport.dateInvalid");
            if (on == null && problems.size() == before) {
                problems.add(new ImportReport.Problem(line, "registrationImport.dateMissing"));
            }
            if (problems.size() == before) {
                // no problem on this line: both were read
                lines.add(new Line(code, java.util.Objects.requireNonNull(status), java.util.Objects.requireNonNull(on)));
            }
        }
        if (lines.isEmpty() && problems.isEmpty()) {
            problems.add(new ImportReport.Problem(2, "creditImport.empty"));
        }
        return new Parsed(lines, problems);
    }
}
