package dev.kantor.reporting.frontoffice;

import java.util.List;

/**
 * A table as the page shows it: its title, headings, each row's words and figures formatted in the
 * reader's language with the link behind each figure that counts cases, and its chart's data.
 */
public record ShownTable(
        String id, String title, List<String> headings, List<Row> rows, String chartJson, int dimensionCount) {

    /** A figure as shown, and where it leads; null when it is a share or a mean. */
    public record Cell(String text, String drill) {}

    public record Row(List<String> labels, List<Cell> cells) {}

    public boolean isEmpty() {
        return rows.isEmpty();
    }
}
