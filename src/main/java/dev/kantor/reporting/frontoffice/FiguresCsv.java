package dev.kantor.reporting.frontoffice;

import java.text.NumberFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import dev.kantor.platform.csv.CsvExport;
import dev.kantor.platform.csv.SpreadsheetCells;

/**
 * A dashboard's table as CSV for a spreadsheet in the reader's language: UTF-8 with a byte-order
 * mark, headings and labels in their language, numbers written as their spreadsheet reads them
 * ("85.5" in English, "85,5" in Bahasa Indonesia), and no cell a spreadsheet would run as a formula.
 */
public final class FiguresCsv {

    private FiguresCsv() {}

    public static String write(FigureTable table, Labels labels, Locale locale) {
        List<String> header = new ArrayList<>();
        table.dimensions().forEach(d -> header.add(labels.heading(d, locale)));
        table.columns().forEach(c -> header.add(labels.heading(c, locale)));
        return CsvExport.forSpreadsheets(header.toArray(String[]::new), csv -> {
            for (FigureTable.Row row : table.rows()) {
                List<String> cells = new ArrayList<>();
                for (int i = 0; i < table.dimensions().size(); i++) {
                    cells.add(SpreadsheetCells.text(
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
        });
    }

    /** A number in the reader's language, without grouping so that every spreadsheet reads it as one. */
    public static String number(double value, boolean whole, Locale locale) {
        NumberFormat format = NumberFormat.getNumberInstance(locale);
        format.setGroupingUsed(false);
        format.setMinimumFractionDigits(whole ? 0 : 1);
        format.setMaximumFractionDigits(whole ? 0 : 1);
        return format.format(value);
    }
}
