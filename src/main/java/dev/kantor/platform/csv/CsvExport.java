package dev.kantor.platform.csv;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * Writes a CSV file with a header line (commons-csv's default format: commas, CRLF, quotes where needed).
 * Files for spreadsheets start with a byte-order mark so that names such as "Ñoño" read right; text cells go
 * through {@link SpreadsheetCells#text(String)} so that none runs as a formula.
 */
public final class CsvExport {

    /** The byte-order mark spreadsheets look for to read a CSV file as UTF-8. */
    public static final String BOM = "\uFEFF";

    /** Prints the lines below the header. */
    @FunctionalInterface
    public interface Lines {
        void print(CSVPrinter csv) throws IOException;
    }

    private CsvExport() {}

    /** A file for spreadsheets: UTF-8 byte-order mark, the header, then the lines. */
    public static String forSpreadsheets(String[] header, Lines lines) {
        return write(BOM, header, lines);
    }

    /** A file without a byte-order mark (for programs that read it back): the header, then the lines. */
    public static String plain(String[] header, Lines lines) {
        return write("", header, lines);
    }

    private static String write(String start, String[] header, Lines lines) {
        StringWriter out = new StringWriter();
        out.write(start);
        try (CSVPrinter csv =
                CSVFormat.DEFAULT.builder().setHeader(header).get().print(out)) {
            lines.print(csv);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }
}
