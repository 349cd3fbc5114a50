package cn.kunming.kjj.carrier.preference;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * How one person keeps one list: the columns it hid and the widths it dragged them to, by column key. Anything a
 * client could send that is not a column key or a CSS width is dropped, so that what is kept is always harmless.
 */
public record ColumnLayout(Set<String> hidden, Map<String, String> widths) {

    public static final ColumnLayout NONE = new ColumnLayout(Set.of(), Map.of());

    private static final Pattern KEY = Pattern.compile("[A-Za-z0-9_.-]{1,40}");
    private static final Pattern WIDTH = Pattern.compile("[0-9]{1,4}(\\.[0-9]{1,2})?(px|em|rem|%)");
    private static final int MOST = 40;

    public ColumnLayout {
        hidden = hidden.stream().filter(k -> KEY.matcher(k).matches()).limit(MOST)
                .collect(Collectors.toCollection(TreeSet::new));
        Map<String, String> kept = new LinkedHashMap<>();
        widths.entrySet().stream().filter(e -> KEY.matcher(e.getKey()).matches() && WIDTH.matcher(e.getValue()).matches())
                .limit(MOST).forEach(e -> kept.put(e.getKey(), e.getValue()));
        hidden = Set.copyOf(hidden);
        widths = Map.copyOf(kept);
    }

    public ColumnLayout hiding(String key, boolean hide) {
        Set<String> next = new TreeSet<>(hidden);
        if (hide) {
            next.add(key);
        } else {
            next.remove(key);
        }
        return new ColumnLayout(next, widths);
    }

    public ColumnLayout sized(String key, String width) {
        Map<String, String> next = new LinkedHashMap<>(widths);
        next.put(key, width);
        return new ColumnLayout(hidden, next);
    }

    /** As stored: {@code a,b} and {@code a=120px;b=8em}, sorted so that equal layouts are equal text. */
    public String hiddenText() {
        return String.join(",", new TreeSet<>(hidden));
    }

    public String widthsText() {
        return new TreeSet<>(widths.keySet()).stream().map(k -> k + "=" + widths.get(k)).collect(Collectors.joining(";"));
    }

    public static ColumnLayout parse(String hidden, String widths) {
        Set<String> h = hidden.isBlank() ? Set.of() : Set.of(hidden.split(",")).stream()
                .collect(Collectors.toSet());
        Map<String, String> w = new LinkedHashMap<>();
        for (String pair : widths.split(";")) {
            int eq = pair.indexOf('=');
            if (eq > 0) {
                w.putIfAbsent(pair.substring(0, eq), pair.substring(eq + 1));
            }
        }
        return new ColumnLayout(h, w);
    }
}
