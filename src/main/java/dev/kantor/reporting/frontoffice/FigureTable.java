package dev.kantor.reporting.frontoffice;

import java.util.List;

import io.swagger.v3.oas.annotations.media.Schema;

/**
 * One table of a dashboard, and the chart drawn from it.
 *
 * @param id         stable name, used for the CSV file, the chart and the page's anchors
 * @param dimensions what each row is labelled by (topic, channel, office, outcome, day), in order
 * @param columns    the figures' columns: a measure of reporting's case lines (which drills down to
 *                   the cases counted) or a share or mean computed from them
 */
@Schema(name = "FigureTable")
public record FigureTable(String id, List<String> dimensions, List<String> columns, List<Row> rows) {

    /** One row: its labels (one per dimension, as stored: codes and names of enums) and figures. */
    @Schema(name = "FigureRow")
    public record Row(List<String> labels, List<Double> values) {}

    public FigureTable {
        dimensions = List.copyOf(dimensions);
        columns = List.copyOf(columns);
        rows = List.copyOf(rows);
    }

    /** Whether a column counts cases (or other items), so that its figures open the list of them. */
    public boolean drillable(String column) {
        return DrillDown.MEASURES.contains(column) || DrillDown.OTHER_ITEMS.contains(column);
    }

    /** Whether a column holds whole numbers (counts) rather than a share or a mean. */
    public static boolean whole(String column) {
        return !column.endsWith("_share")
                && !column.endsWith("_hours")
                && !column.equals("average_stars")
                && !column.equals("minutes_to_accept");
    }

    /** The columns its chart draws: the shares or means where there are, else the counts. */
    public List<String> charted() {
        List<String> derived = columns.stream().filter(c -> !whole(c)).toList();
        return derived.isEmpty() ? columns : derived;
    }

    public boolean isEmpty() {
        return rows.isEmpty();
    }
}
