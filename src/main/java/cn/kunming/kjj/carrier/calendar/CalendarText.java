package cn.kunming.kjj.carrier.calendar;

import org.jspecify.annotations.Nullable;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.Set;

/**
 * Days typed the way the State Council notice and REFERENCE.md write them: "1/1; 1/28–2/4; 4/4-4/6" — single days
 * and ranges of month/day, separated by ; or ， or new lines. Ranges may use –, — , - or ～.
 */
public final class CalendarText {

    private CalendarText() {
    }

    public static Set<LocalDate> parse(int year, String text) {
        Set<LocalDate> days = new LinkedHashSet<>();
        if (text == null || text.isBlank()) {
            return days;
        }
        for (String part : text.split("[;；,，、\\n]")) {
            String p = part.strip();
            if (p.isEmpty()) {
                continue;
            }
            String[] range = p.split("\\s*[–—\\-～~]\\s*");
            if (range.length > 2) {
                throw new IllegalArgumentException(p);
            }
            LocalDate first = day(year, range[0]);
            LocalDate last = range.length == 2 ? day(year, range[1]) : first;
            if (last.isBefore(first)) {
                throw new IllegalArgumentException(p);
            }
            for (LocalDate d = first; !d.isAfter(last); d = d.plusDays(1)) {
                days.add(d);
            }
        }
        return days;
    }

    public static String format(Set<LocalDate> days) {
        StringBuilder out = new StringBuilder();
        LocalDate start = null;
        LocalDate previous = null;
        for (LocalDate d : new java.util.TreeSet<>(days)) {
            if (previous != null && d.equals(previous.plusDays(1))) {
                previous = d;
                continue;
            }
            append(out, start, previous);
            start = d;
            previous = d;
        }
        append(out, start, previous);
        return out.toString();
    }

    private static void append(StringBuilder out, @Nullable LocalDate start, @Nullable LocalDate end) {
        if (start == null || end == null) {
            return;
        }
        if (!out.isEmpty()) {
            out.append("; ");
        }
        out.append(start.getMonthValue()).append('/').append(start.getDayOfMonth());
        if (!end.equals(start)) {
            out.append('–').append(end.getMonthValue()).append('/').append(end.getDayOfMonth());
        }
    }

    private static LocalDate day(int year, String monthDay) {
        String[] md = monthDay.strip().split("[/月.]");
        try {
            return LocalDate.of(year, Integer.parseInt(md[0].strip()), Integer.parseInt(md[1].replace("日", "").strip()));
        } catch (DateTimeException | NumberFormatException | ArrayIndexOutOfBoundsException e) {
            throw new IllegalArgumentException(monthDay, e);
        }
    }
}
