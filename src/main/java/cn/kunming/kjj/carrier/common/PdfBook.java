package cn.kunming.kjj.carrier.common;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.jspecify.annotations.Nullable;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A printable A4 document in Chinese (issue 25, part 7): titles, headings, wrapped paragraphs, label–value lines,
 * simple tables, a contents page and page numbers. The font is Noto Sans SC, shipped inside the jar and embedded as a
 * subset of the characters used (decision 0035): the file reads the same on any machine, and the server needs no
 * system fonts. A character the font lacks prints as □ rather than failing the document.
 */
public final class PdfBook implements AutoCloseable {

    static final String FONT = "/fonts/NotoSansSC-Regular.ttf";
    private static final float MARGIN = 56;
    private static final float WIDTH = PDRectangle.A4.getWidth() - 2 * MARGIN;
    private static final float TOP = PDRectangle.A4.getHeight() - MARGIN;
    private static final float BOTTOM = MARGIN + 20;
    private static final float BODY = 10.5f;
    private static final char MISSING = '□';

    private final PDDocument document = new PDDocument();
    private final PDType0Font font;
    private final Map<Integer, Boolean> printable = new HashMap<>();
    /** Advance widths by code point, in font units: measuring through the font costs more than the rest of wrapping. */
    private final Map<Integer, Float> advances = new HashMap<>();
    private @Nullable PDPageContentStream page;
    private float y;

    /** A contents line: the title of a part and the page (counting from the first page after the contents) it starts on. */
    public record Part(String title, int page) {
    }

    private final List<Part> parts = new ArrayList<>();

    public PdfBook(String title) {
        try (InputStream in = PdfBook.class.getResourceAsStream(FONT)) {
            if (in == null) {
                throw new IllegalStateException("font missing from the jar: " + FONT);
            }
            font = PDType0Font.load(document, in, true);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        PDDocumentInformation info = document.getDocumentInformation();
        info.setTitle(clean(title));
        info.setCreator("昆明市概念验证中心和中试平台管理系统");
        newPage();
    }

    /** Starts a part on a new page (unless the page is still empty) and lists it on the contents page. */
    public PdfBook part(String title) {
        if (y < TOP) {
            newPage();
        }
        parts.add(new Part(title, document.getNumberOfPages()));
        return title(title);
    }

    public PdfBook title(String text) {
        return write(text, 16, 0, 10);
    }

    public PdfBook heading(String text) {
        return write(text, 12.5f, 0, 6);
    }

    public PdfBook text(String text) {
        return write(text, BODY, 0, 4);
    }

    /** "label：value", the value's further lines indented under it. */
    public PdfBook field(String label, @Nullable String value) {
        return write(label + "：" + (value == null ? "" : value), BODY, 2 * BODY, 3);
    }

    /** A table row: the cells side by side in columns of the given shares of the width, each wrapped in its column. */
    public PdfBook row(float[] shares, String... cells) {
        float total = 0;
        for (float s : shares) {
            total += s;
        }
        List<List<String>> wrapped = new ArrayList<>();
        int lines = 1;
        for (int i = 0; i < cells.length; i++) {
            List<String> l = wrap(clean(cells[i]), WIDTH * shares[i] / total - 6, BODY, 0);
            wrapped.add(l);
            lines = Math.max(lines, l.size());
        }
        float lineHeight = BODY * 1.5f;
        if (y - lines * lineHeight < BOTTOM) {
            newPage();
        }
        float x = MARGIN;
        for (int i = 0; i < cells.length; i++) {
            for (int l = 0; l < wrapped.get(i).size(); l++) {
                show(wrapped.get(i).get(l), x, y - BODY - l * lineHeight, BODY);
            }
            x += WIDTH * shares[i] / total;
        }
        y -= lines * lineHeight + 2;
        return this;
    }

    public PdfBook space() {
        y -= BODY;
        return this;
    }

    /** The parts started so far, for a contents page. */
    public List<Part> parts() {
        return List.copyOf(parts);
    }

    /**
     * The document with a contents page (when it has parts) in front and "第 n 页 / 共 m 页" on every page. The contents
     * cite the pages as they are numbered after it is inserted.
     */
    public byte[] finish(@Nullable String contentsTitle) {
        try {
            closePage();
            if (contentsTitle != null && !parts.isEmpty()) {
                insertContents(contentsTitle);
            }
            int total = document.getNumberOfPages();
            for (int i = 0; i < total; i++) {
                try (PDPageContentStream footer = new PDPageContentStream(document, document.getPage(i),
                        PDPageContentStream.AppendMode.APPEND, true)) {
                    page = footer;
                    String number = "第 " + (i + 1) + " 页 / 共 " + total + " 页";
                    show(number, MARGIN + WIDTH / 2 - width(number, 9) / 2, MARGIN - 10, 9);
                }
            }
            page = null;
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            document.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void insertContents(String contentsTitle) throws IOException {
        int linesPerPage = (int) ((TOP - BOTTOM - 40) / (BODY * 1.8f));
        int contentsPages = (parts.size() + linesPerPage - 1) / linesPerPage;
        List<PDPage> inserted = new ArrayList<>();
        for (int p = 0; p < contentsPages; p++) {
            PDPage contents = new PDPage(PDRectangle.A4);
            document.getPages().insertBefore(contents, document.getPage(p));
            inserted.add(contents);
        }
        int line = 0;
        for (int p = 0; p < contentsPages; p++) {
            try (PDPageContentStream stream = new PDPageContentStream(document, inserted.get(p))) {
                page = stream;
                y = TOP;
                if (p == 0) {
                    show(contentsTitle, MARGIN, y - 16, 16);
                    y -= 40;
                }
                for (; line < parts.size() && y - BODY * 1.8f >= BOTTOM; line++) {
                    Part part = parts.get(line);
                    String number = String.valueOf(part.page() + contentsPages);
                    float room = WIDTH - width(number, BODY) - 12;
                    List<String> title = wrap(clean((line + 1) + ". " + part.title()), room, BODY, 0);
                    show(title.getFirst(), MARGIN, y - BODY, BODY);
                    show(number, MARGIN + WIDTH - width(number, BODY), y - BODY, BODY);
                    y -= BODY * 1.8f;
                }
            }
        }
        page = null;
    }

    private PdfBook write(String text, float size, float indent, float after) {
        for (String paragraph : clean(text).split("\n", -1)) {
            List<String> lines = wrap(paragraph, WIDTH, size, indent);
            for (int i = 0; i < lines.size(); i++) {
                if (y - size * 1.5f < BOTTOM) {
                    newPage();
                }
                show(lines.get(i), MARGIN + (i == 0 ? 0 : indent), y - size, size);
                y -= size * 1.5f;
            }
        }
        y -= after;
        return this;
    }

    /** Lines of at most {@code width} points; CJK text breaks between any two characters, as it is set. */
    private List<String> wrap(String text, float width, float size, float indent) {
        List<String> lines = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        float used = 0;
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            float w = advances.computeIfAbsent(cp, c -> width(new String(Character.toChars(c)), 1000)) * size / 1000;
            float room = lines.isEmpty() ? width : width - indent;
            if (used + w > room && !line.isEmpty()) {
                lines.add(line.toString());
                line.setLength(0);
                used = 0;
            }
            line.appendCodePoint(cp);
            used += w;
            i += Character.charCount(cp);
        }
        lines.add(line.toString());
        return lines;
    }

    private float width(String text, float size) {
        try {
            return font.getStringWidth(text) / 1000 * size;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void show(String text, float x, float baseline, float size) {
        if (text.isEmpty()) {
            return;
        }
        try {
            PDPageContentStream stream = java.util.Objects.requireNonNull(page);
            stream.beginText();
            stream.setFont(font, size);
            stream.newLineAtOffset(x, baseline);
            stream.showText(text);
            stream.endText();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Control characters as spaces, and characters the font cannot show as □, so any stored text prints. */
    private String clean(String text) {
        StringBuilder out = new StringBuilder(text.length());
        text.codePoints().forEach(cp -> {
            if (cp == '\n') {
                out.append('\n');
            } else if (Character.isISOControl(cp) || Character.getType(cp) == Character.FORMAT) {
                out.append(' ');
            } else if (printable.computeIfAbsent(cp, this::hasGlyph)) {
                out.appendCodePoint(cp);
            } else {
                out.append(MISSING);
            }
        });
        return out.toString();
    }

    private boolean hasGlyph(int cp) {
        try {
            font.encode(new String(Character.toChars(cp)));
            return font.getStringWidth(new String(Character.toChars(cp))) > 0 || Character.isWhitespace(cp);
        } catch (IOException | IllegalArgumentException e) {
            return false;
        }
    }

    private void newPage() {
        closePage();
        PDPage next = new PDPage(PDRectangle.A4);
        document.addPage(next);
        try {
            page = new PDPageContentStream(document, next);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        y = TOP;
    }

    private void closePage() {
        if (page != null) {
            try {
                page.close();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            page = null;
        }
    }

    @Override
    public void close() {
        closePage();
        try {
            document.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
