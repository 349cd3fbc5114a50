import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Puts two runs of one benchmark table side by side (issue 27's growth run): the same grid or dashboard at the small
 * volume and at the large one, with how much each figure grew. Run with the JDK's source launcher:
 * <pre>java bench/GrowthTable.java small/20-grids.md large/20-grids.md "1×" "10×"</pre>
 * The columns before "rows in list" (or, without it, before "server p50"; or else the first) name a row.
 */
public class GrowthTable {

    public static void main(String[] args) throws IOException {
        Map<String, Map<String, String>> small = rows(Path.of(args[0]));
        Map<String, Map<String, String>> large = rows(Path.of(args[1]));
        String a = args[2];
        String b = args[3];
        List<String> figures = List.of("rows", "rows in list", "server p50", "server p95", "SQL p50", "statements");
        List<String> header = new ArrayList<>();
        List<String> names = names(Path.of(args[0]));
        header.addAll(names.subList(0, keyColumns(names)));
        for (String figure : figures) {
            if (names.contains(figure)) {
                header.add(figure + " " + a);
                header.add(figure + " " + b);
                if (!figure.equals("statements")) {
                    header.add("grew");
                }
            }
        }
        System.out.println("| " + String.join(" | ", header) + " |");
        System.out.println("|" + " --- |".repeat(header.size()));
        for (var entry : small.entrySet()) {
            Map<String, String> before = entry.getValue();
            Map<String, String> after = large.getOrDefault(entry.getKey(), Map.of());
            List<String> cells = new ArrayList<>(List.of(entry.getKey().split("\u0000")));
            for (String figure : figures) {
                if (names.contains(figure)) {
                    String x = before.getOrDefault(figure, "–");
                    String y = after.getOrDefault(figure, "–");
                    cells.add(x);
                    cells.add(y);
                    if (!figure.equals("statements")) {
                        cells.add(growth(x, y));
                    }
                }
            }
            System.out.println("| " + String.join(" | ", cells) + " |");
        }
    }

    private static String growth(String before, String after) {
        try {
            double x = Double.parseDouble(before.replace(",", ""));
            double y = Double.parseDouble(after.replace(",", ""));
            return x > 0 ? String.format("%.1f×", y / x) : "–";
        } catch (NumberFormatException notANumber) {
            return "–";
        }
    }

    private static List<String> names(Path table) throws IOException {
        return Files.readAllLines(table).stream().filter(line -> line.startsWith("| ")).findFirst()
                .map(GrowthTable::cells).orElseThrow();
    }

    /** The table's rows by their naming columns, each as its figures by column name. */
    private static Map<String, Map<String, String>> rows(Path table) throws IOException {
        List<String> lines = Files.readAllLines(table).stream().filter(line -> line.startsWith("| ")).toList();
        List<String> names = cells(lines.getFirst());
        int keyColumns = keyColumns(names);
        Map<String, Map<String, String>> rows = new LinkedHashMap<>();
        for (String line : lines.subList(1, lines.size())) {
            List<String> cells = cells(line);
            if (cells.getFirst().startsWith("---")) {
                continue;
            }
            Map<String, String> figures = new LinkedHashMap<>();
            for (int i = keyColumns; i < Math.min(cells.size(), names.size()); i++) {
                figures.put(names.get(i), cells.get(i));
            }
            rows.put(String.join("\u0000", cells.subList(0, keyColumns)), figures);
        }
        return rows;
    }

    private static int keyColumns(List<String> names) {
        if (names.contains("rows in list")) {
            return names.indexOf("rows in list");
        }
        return names.contains("server p50") ? names.indexOf("server p50") : 1;
    }

    private static List<String> cells(String line) {
        String inner = line.strip();
        inner = inner.substring(1, inner.length() - 1);
        return List.of(inner.split("\\|", -1)).stream().map(String::strip).toList();
    }
}
