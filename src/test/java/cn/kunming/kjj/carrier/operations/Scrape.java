package cn.kunming.kjj.carrier.operations;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** A Prometheus text exposition, read the way Prometheus reads it: series by name and labels. */
record Scrape(String text) {

    private static final Pattern LINE = Pattern.compile("^([a-zA-Z_:][a-zA-Z0-9_:]*)(\\{(.*)})?\\s+(\\S+)(\\s+\\S+)?$");
    private static final Pattern LABEL = Pattern.compile("([a-zA-Z_][a-zA-Z0-9_]*)=\"((?:[^\"\\\\]|\\\\.)*)\"");

    record Series(String name, Map<String, String> labels, double value) {
    }

    List<Series> series(String name) {
        List<Series> found = new ArrayList<>();
        for (String line : text.split("\n")) {
            if (line.startsWith("#") || line.isBlank()) {
                continue;
            }
            Matcher m = LINE.matcher(line.strip());
            if (!m.matches() || !m.group(1).equals(name)) {
                continue;
            }
            Map<String, String> labels = new java.util.TreeMap<>();
            if (m.group(3) != null) {
                Matcher l = LABEL.matcher(m.group(3));
                while (l.find()) {
                    labels.put(l.group(1), l.group(2));
                }
            }
            found.add(new Series(name, labels, Double.parseDouble(m.group(4))));
        }
        return found;
    }

    /** The value of the one series of this name carrying these labels (others may be there too). */
    double value(String name, String... labelPairs) {
        List<Series> matching = series(name).stream().filter(s -> {
            for (int i = 0; i < labelPairs.length; i += 2) {
                if (!labelPairs[i + 1].equals(s.labels().get(labelPairs[i]))) {
                    return false;
                }
            }
            return true;
        }).toList();
        if (matching.size() != 1) {
            throw new AssertionError(matching.size() + " series " + name + " " + List.of(labelPairs) + " in the scrape");
        }
        return matching.getFirst().value();
    }
}
