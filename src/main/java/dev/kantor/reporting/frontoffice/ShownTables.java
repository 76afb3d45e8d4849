package dev.kantor.reporting.frontoffice;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.BiFunction;

import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/** Makes a figure table into what a page shows: words and numbers in the reader's language, drill links, chart data. */
@Component
public class ShownTables {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final Labels labels;

    ShownTables(Labels labels) {
        this.labels = labels;
    }

    /**
     * The table as shown.
     *
     * @param drill where a figure of a column and row leads (null for nowhere); asked only for
     *              figures above 0 in columns that count cases
     */
    public ShownTable of(FigureTable table, Locale locale, BiFunction<String, FigureTable.Row, String> drill) {
        List<String> headings = new ArrayList<>();
        table.dimensions().forEach(d -> headings.add(labels.heading(d, locale)));
        table.columns().forEach(c -> headings.add(labels.heading(c, locale)));
        List<ShownTable.Row> rows = new ArrayList<>();
        for (FigureTable.Row row : table.rows()) {
            List<String> words = new ArrayList<>();
            for (int i = 0; i < table.dimensions().size(); i++) {
                words.add(labels.of(table.dimensions().get(i), row.labels().get(i), locale));
            }
            List<ShownTable.Cell> cells = new ArrayList<>();
            for (int i = 0; i < table.columns().size(); i++) {
                String column = table.columns().get(i);
                double value = row.values().get(i);
                String text = FiguresCsv.number(value, FigureTable.whole(column), locale);
                String to = table.drillable(column) && value > 0 ? drill.apply(column, row) : null;
                cells.add(new ShownTable.Cell(text, to));
            }
            rows.add(new ShownTable.Row(words, cells));
        }
        return new ShownTable(
                table.id(),
                labels.title(table.id(), locale),
                headings,
                rows,
                chart(table, locale),
                table.dimensions().size());
    }

    /** The chart's data: one label per row, one series per charted column. */
    String chart(FigureTable table, Locale locale) {
        List<String> rowLabels =
                table.rows().stream().map(r -> labels.row(table, r, locale)).toList();
        List<Map<String, Object>> series = new ArrayList<>();
        for (String column : table.charted()) {
            int at = table.columns().indexOf(column);
            series.add(Map.of(
                    "name",
                    labels.heading(column, locale),
                    "values",
                    table.rows().stream().map(r -> r.values().get(at)).toList()));
        }
        return JSON.writeValueAsString(Map.of("labels", rowLabels, "series", series));
    }
}
