package dev.kantor.platform.csv;

import org.apache.commons.csv.CSVFormat;

/**
 * Reading a CSV file people bring from a spreadsheet: Excel writes a byte-order mark before "CSV UTF-8" files,
 * and semicolons where the comma is the decimal sign; the first line names the columns.
 */
public final class CsvImport {

    private CsvImport() {}

    /** The file's text without the byte-order mark a spreadsheet may have written first. */
    public static String withoutByteOrderMark(String text) {
        return text.startsWith(CsvExport.BOM) ? text.substring(1) : text;
    }

    /**
     * The format to read the file with: separated by semicolons when its first line has semicolons and no comma,
     * by commas otherwise; the first line is the header; values are trimmed and empty lines skipped. Add what a
     * file needs besides (headers in any case, say) before {@code get()}.
     */
    public static CSVFormat.Builder headedFormat(String text) {
        String firstLine = text.lines().findFirst().orElse("");
        char delimiter = firstLine.contains(";") && !firstLine.contains(",") ? ';' : ',';
        return CSVFormat.DEFAULT
                .builder()
                .setDelimiter(delimiter)
                .setHeader()
                .setSkipHeaderRecord(true)
                .setTrim(true)
                .setIgnoreEmptyLines(true)
                .setIgnoreSurroundingSpaces(true);
    }
}
