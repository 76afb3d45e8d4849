package dev.kantor.reporting.hr;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import dev.kantor.reporting.frontoffice.FigureTable;

/**
 * An HR table whose every figure counts people: each cell keeps the people it counts, so that the figure
 * and the list behind it (the drill-down) are the same set, and a share column is computed from two of them.
 *
 * @param id      the table's stable name
 * @param counted the columns that count people
 * @param shares  the share columns appended after them
 */
record PeopleTable(String id, List<String> dimensions, List<String> counted, List<Share> shares, List<Row> rows) {

    /** A percentage column: the part's people over the whole's. */
    record Share(String column, String part, String whole) {}

    /**
     * One row.
     *
     * @param key    the row's stable name in an address (codes and ids, not words)
     * @param labels one label per dimension, as the dashboard's {@code Labels} reads them
     * @param people one set per counted column
     */
    record Row(String key, List<String> labels, List<Set<Long>> people) {}

    PeopleTable {
        dimensions = List.copyOf(dimensions);
        counted = List.copyOf(counted);
        shares = List.copyOf(shares);
        rows = List.copyOf(rows);
    }

    /** The figures: the counts, then the shares (100 when the whole is nobody). */
    FigureTable figures() {
        List<String> columns = new ArrayList<>(counted);
        shares.forEach(s -> columns.add(s.column()));
        List<FigureTable.Row> figureRows = new ArrayList<>();
        for (Row row : rows) {
            List<Double> values = new ArrayList<>();
            row.people().forEach(p -> values.add((double) p.size()));
            for (Share share : shares) {
                double whole = row.people().get(counted.indexOf(share.whole())).size();
                double part = row.people().get(counted.indexOf(share.part())).size();
                values.add(whole == 0 ? 100 : Math.round(part * 1000 / whole) / 10.0);
            }
            figureRows.add(new FigureTable.Row(row.labels(), values));
        }
        return new FigureTable(id, dimensions, columns, figureRows);
    }

    /** The people behind one figure; none for an unknown row or a column that does not count people. */
    Set<Long> behind(String rowKey, String column) {
        int at = counted.indexOf(column);
        if (at < 0) {
            return Set.of();
        }
        return rows.stream()
                .filter(r -> r.key().equals(rowKey))
                .findFirst()
                .map(r -> r.people().get(at))
                .orElse(Set.of());
    }
}
