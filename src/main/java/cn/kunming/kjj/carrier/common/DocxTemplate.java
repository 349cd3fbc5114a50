package cn.kunming.kjj.carrier.common;

import org.apache.poi.xwpf.usermodel.IBody;
import org.apache.poi.xwpf.usermodel.IBodyElement;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTR;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTRow;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A Word document with placeholders, filled in. A placeholder is written {@code {{name}}} anywhere in the text
 * (body, tables, headers, footers); a table row holding {@code {{row.name}}} placeholders is repeated once per row
 * of data. Word splits text into runs as it pleases, so a paragraph holding a placeholder is rewritten as one run in
 * the formatting of its first run.
 */
public final class DocxTemplate {

    private static final Pattern PLACEHOLDER = Pattern.compile("\\{\\{\\s*([A-Za-z][A-Za-z0-9.]*)\\s*}}");
    public static final String ROW = "row.";

    private DocxTemplate() {
    }

    /** The file is not a .docx that POI can read. */
    public static class NotADocx extends PortalException {
        public NotADocx() {
            super("template.notDocx");
        }
    }

    /** Every placeholder name the template uses, row placeholders with their {@code row.} prefix. */
    public static Set<String> placeholders(byte[] template) {
        Set<String> names = new TreeSet<>();
        try (XWPFDocument doc = open(template)) {
            paragraphs(doc, p -> {
                Matcher m = PLACEHOLDER.matcher(p.getText());
                while (m.find()) {
                    names.add(m.group(1));
                }
            });
        } catch (IOException e) {
            throw new NotADocx();
        }
        return names;
    }

    public static byte[] render(byte[] template, Map<String, String> values, List<Map<String, String>> rows) {
        try (XWPFDocument doc = open(template); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            repeatRows(doc, rows);
            paragraphs(doc, p -> fill(p, values, Map.of()));
            doc.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new NotADocx();
        }
    }

    private static XWPFDocument open(byte[] bytes) {
        try {
            return new XWPFDocument(new ByteArrayInputStream(bytes));
        } catch (IOException | RuntimeException e) {
            throw new NotADocx();
        }
    }

    private static void repeatRows(XWPFDocument doc, List<Map<String, String>> rows) {
        for (XWPFTable table : tables(doc)) {
            for (int i = 0; i < table.getRows().size(); i++) {
                XWPFTableRow template = table.getRow(i);
                if (PLACEHOLDER.matcher(rowText(template)).results().noneMatch(m -> m.group(1).startsWith(ROW))) {
                    continue;
                }
                int at = i;
                for (Map<String, String> row : rows) {
                    XWPFTableRow copy = new XWPFTableRow((CTRow) template.getCtRow().copy(), table);
                    copy.getTableCells().forEach(cell -> cell.getParagraphs().forEach(p -> fill(p, Map.of(), row)));
                    table.addRow(copy, ++at);
                }
                table.removeRow(i);
                return;
            }
        }
    }

    private static String rowText(XWPFTableRow row) {
        StringBuilder text = new StringBuilder();
        row.getTableCells().forEach(c -> text.append(c.getText()));
        return text.toString();
    }

    private static List<XWPFTable> tables(XWPFDocument doc) {
        return new ArrayList<>(doc.getTables());
    }

    private static void fill(XWPFParagraph p, Map<String, String> values, Map<String, String> row) {
        String text = p.getText();
        if (!text.contains("{{") || p.getRuns().isEmpty()) {
            return;
        }
        String filled = PLACEHOLDER.matcher(text).replaceAll(m -> {
            String name = m.group(1);
            String value = name.startsWith(ROW) ? row.get(name.substring(ROW.length())) : values.get(name);
            if (value == null && name.startsWith(ROW) && row.isEmpty()) {
                return Matcher.quoteReplacement(m.group());
            }
            return Matcher.quoteReplacement(value == null ? "" : value.replaceAll("\\R", " "));
        });
        List<XWPFRun> runs = p.getRuns();
        for (int i = runs.size() - 1; i > 0; i--) {
            p.removeRun(i);
        }
        CTR first = runs.getFirst().getCTR();
        while (first.sizeOfTArray() > 0) {
            first.removeT(0);
        }
        runs.getFirst().setText(filled);
    }

    private static void paragraphs(XWPFDocument doc, Consumer<XWPFParagraph> action) {
        body(doc, action);
        doc.getHeaderList().forEach(h -> body(h, action));
        doc.getFooterList().forEach(f -> body(f, action));
    }

    private static void body(IBody body, Consumer<XWPFParagraph> action) {
        for (IBodyElement element : new ArrayList<>(body.getBodyElements())) {
            if (element instanceof XWPFParagraph p) {
                action.accept(p);
            } else if (element instanceof XWPFTable t) {
                for (XWPFTableRow row : t.getRows()) {
                    for (XWPFTableCell cell : row.getTableCells()) {
                        body(cell, action);
                    }
                }
            }
        }
    }
}
