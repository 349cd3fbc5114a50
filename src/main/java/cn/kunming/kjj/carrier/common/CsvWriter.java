package cn.kunming.kjj.carrier.common;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.jspecify.annotations.Nullable;

import java.io.Closeable;
import java.io.IOException;
import java.util.Arrays;

/**
 * Every CSV the portal writes goes through here (the architecture test holds it to that). Officers open these files
 * in Excel or WPS, which run a cell that starts with {@code = + - @}, a tab or a carriage return as a formula; a
 * dossier named {@code =HYPERLINK(...)} would then send data elsewhere. Such text cells get a leading single quote,
 * as OWASP advises; numbers are written as they are.
 */
public final class CsvWriter implements Closeable {

    private final CSVPrinter printer;

    public CsvWriter(Appendable out) throws IOException {
        this.printer = new CSVPrinter(out, CSVFormat.EXCEL);
    }

    public void row(@Nullable Object... cells) throws IOException {
        printer.printRecord(Arrays.stream(cells).map(CsvWriter::inert).toArray());
    }

    /** The cell as a spreadsheet will show it but never run it. */
    public static @Nullable Object inert(@Nullable Object cell) {
        if (cell instanceof CharSequence text && !text.isEmpty() && "=+-@\t\r".indexOf(text.charAt(0)) >= 0) {
            return "'" + text;
        }
        return cell;
    }

    /** Sends what is written on without closing the stream beneath (a response that others still write to or close). */
    public void flush() throws IOException {
        printer.flush();
    }

    @Override
    public void close() throws IOException {
        printer.close();
    }
}
