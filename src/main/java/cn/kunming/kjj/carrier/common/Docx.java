package cn.kunming.kjj.carrier.common;

import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.function.Consumer;

/** Official documents as .docx in the house style: 仿宋, titles centred, dates written 2026年11月28日. */
public final class Docx {

    public static final DateTimeFormatter CHINESE_DATE = DateTimeFormatter.ofPattern("yyyy年M月d日");

    private Docx() {
    }

    public static byte[] write(Consumer<XWPFDocument> content) {
        try (XWPFDocument doc = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            content.accept(doc);
            doc.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static void title(XWPFDocument doc, String text) {
        paragraph(doc, text, 16, true, ParagraphAlignment.CENTER);
    }

    public static void text(XWPFDocument doc, String text) {
        paragraph(doc, text, 12, false, ParagraphAlignment.LEFT);
    }

    public static void signature(XWPFDocument doc, String text) {
        paragraph(doc, text, 12, false, ParagraphAlignment.RIGHT);
    }

    /** A table with a header row; {@code null} cells are left empty. */
    public static void table(XWPFDocument doc, List<String> headers, List<List<String>> rows) {
        XWPFTable table = doc.createTable(rows.size() + 1, headers.size());
        for (int c = 0; c < headers.size(); c++) {
            table.getRow(0).getCell(c).setText(headers.get(c));
        }
        for (int r = 0; r < rows.size(); r++) {
            for (int c = 0; c < headers.size(); c++) {
                String value = rows.get(r).get(c);
                table.getRow(r + 1).getCell(c).setText(value == null ? "" : value);
            }
        }
    }

    private static void paragraph(XWPFDocument doc, String text, int size, boolean bold, ParagraphAlignment align) {
        XWPFParagraph p = doc.createParagraph();
        p.setAlignment(align);
        XWPFRun run = p.createRun();
        run.setFontFamily("仿宋");
        run.setFontSize(size);
        run.setBold(bold);
        run.setText(text);
    }
}
