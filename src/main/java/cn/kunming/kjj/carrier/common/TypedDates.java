package cn.kunming.kjj.carrier.common;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.List;
import java.util.Optional;

/**
 * Dates as people type them in China, in forms and in imported files alike: 2026-12-20, 2026/12/20, 2026.12.20,
 * 20261220 and 2026年12月20日, with or without leading zeros, with full-width digits from an IME and surrounding
 * spaces. A day that does not exist (2026-02-30) is no date.
 */
public final class TypedDates {

    private static final List<DateTimeFormatter> FORMATS = List.of(
            DateTimeFormatter.ofPattern("uuuu-M-d"), DateTimeFormatter.ofPattern("uuuu/M/d"),
            DateTimeFormatter.ofPattern("uuuu.M.d"), DateTimeFormatter.ofPattern("uuuuMMdd"),
            DateTimeFormatter.ofPattern("uuuu年M月d日"))
            .stream().map(f -> f.withResolverStyle(ResolverStyle.STRICT)).toList();

    private TypedDates() {
    }

    public static Optional<LocalDate> parse(String typed) {
        if (typed == null) {
            return Optional.empty();
        }
        String s = halfWidth(typed).strip();
        for (DateTimeFormatter f : FORMATS) {
            try {
                return Optional.of(LocalDate.parse(s, f));
            } catch (DateTimeParseException notThisOne) {
                // the next way of typing it
            }
        }
        return Optional.empty();
    }

    /** Full-width digits and separators (０-９, ／, －, ．, the ideographic space) as their ASCII forms. */
    private static String halfWidth(String s) {
        StringBuilder out = new StringBuilder(s.length());
        for (char c : s.toCharArray()) {
            if (c >= '０' && c <= '９') {
                out.append((char) ('0' + (c - '０')));
            } else if (c == '／') {
                out.append('/');
            } else if (c == '－') {
                out.append('-');
            } else if (c == '．') {
                out.append('.');
            } else if (c == '\u3000') {
                out.append(' ');
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }
}
