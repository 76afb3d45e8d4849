package dev.kantor.platform.csv;

/**
 * Text cells of a CSV file a spreadsheet opens. A cell starting with {@code =}, {@code +}, {@code -},
 * {@code @}, a tab or a carriage return is run by a spreadsheet as a formula (formula injection: a name such
 * as {@code =HYPERLINK(...)} typed by a customer or an employee would become a link or a calculation), so
 * such a cell is written with a leading apostrophe, which spreadsheets read as "this is text".
 *
 * <p>Only text is guarded: numbers are written as they are, so that a negative figure stays a number.
 */
public final class SpreadsheetCells {

    /** The first characters that make a spreadsheet read a cell as a formula. */
    static final String FORMULA_STARTS = "=+-@\t\r";

    private SpreadsheetCells() {}

    /** The text as a cell no spreadsheet runs as a formula; null is an empty cell. */
    public static String text(String text) {
        if (text == null || text.isEmpty()) {
            return "";
        }
        return FORMULA_STARTS.indexOf(text.charAt(0)) >= 0 ? "'" + text : text;
    }
}
