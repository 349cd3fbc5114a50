package cn.kunming.kjj.carrier.common;

import java.util.List;

/**
 * The outcome of an Excel import: either every row was taken (added and updated counts) or none was, and each
 * problem names its line.
 */
public record ImportReport(int added, int updated, List<Problem> problems) {

    public record Problem(int line, String key, Object... args) {
    }

    public ImportReport {
        problems = List.copyOf(problems);
    }

    public boolean imported() {
        return problems.isEmpty();
    }
}
