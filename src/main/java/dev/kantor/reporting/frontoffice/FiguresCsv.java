package dev.kantor.reporting.frontoffice;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.text.NumberFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * A dashboard's table as CSV for a spreadsheet in the reader's language: UTF-8 with a byte-order
 * mark, headings and labels in their language, numbers written as their spreadsheet reads them
 * ("85.5" in English, "85,5" in Bahasa Indonesia), and no cell a spreadsheet would run as a formula.
 */
public final class FiguresCsv {

    /** The byte-order mark spreadsheets look for to read a CSV file as UTF-8. */
    static final String BOM = "\uFEFF";

    private FiguresCsv() {}

    public static String write(FigureTable table, Labels labels, Locale locale) {
        StringWriter out = new StringWriter();
        out.write(BOM);
        List<String> header = new ArrayList<>();
        table.dimensions().forEach(d -> header.add(labels.heading(d, locale)));
        table.columns().forEach(c -> header.add(labels.heading(c, locale)));
        try (CSVPrinter csv = CSVFormat.DEFAULT
                .builder()
                .setHeader(header.toArray(String[]::new))
                .get()
                .print(out)) {
            for (FigureTable.Row row : table.rows()) {
                List<String> cells = new ArrayList<>();
                for (int i = 0; i < table.dimensions().size(); i++) {
                    cells.add(safe(
                            labels.of(table.dimensions().get(i), row.labels().get(i), locale)));
                }
                for (int i = 0; i < table.columns().size(); i++) {
                    cells.add(number(
                            row.values().get(i),
                            FigureTable.whole(table.columns().get(i)),
                            locale));
                }
                csv.printRecord(cells);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }

    /** A number in the reader's language, without grouping so that every spreadsheet reads it as one. */
    public static String number(double value, boolean whole, Locale locale) {
        NumberFormat format = NumberFormat.getNumberInstance(locale);
        format.setGroupingUsed(false);
        format.setMinimumFractionDigits(whole ? 0 : 1);
        format.setMaximumFractionDigits(whole ? 0 : 1);
        return format.format(value);
    }

    private static String safe(String text) {
        return !text.isEmpty() && "=+-@\t\r".indexOf(text.charAt(0)) >= 0 ? "'" + text : text;
    }
}
