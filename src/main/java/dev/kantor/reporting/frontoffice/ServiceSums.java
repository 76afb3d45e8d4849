package dev.kantor.reporting.frontoffice;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.stream.Collectors;

import dev.kantor.reporting.rollup.CaseLine;

/**
 * Every case measure summed per topic, channel, office and complaint outcome: what one statement over the
 * roll-ups gives, from which each table of the dashboard is summed again in Java (a few hundred groups, not the
 * hundreds of thousands of roll-up rows a statement per table would read again).
 */
final class ServiceSums {

    /** The dimensions the statement groups by: those of every table. */
    static final String GROUPS = "topic, channel, office, outcome";

    /** The sums of every measure, in the order of {@link CaseLine#MEASURES}. */
    static final String SUMS =
            CaseLine.MEASURES.stream().map(m -> "sum(" + m + ") as " + m).collect(Collectors.joining(", "));

    /** One group's labels and measures. */
    record Group(String topic, String channel, String office, String outcome, long[] measures) {

        String label(String dimension) {
            return switch (dimension) {
                case "topic" -> topic;
                case "channel" -> channel;
                case "office" -> office;
                case "outcome" -> outcome;
                default -> throw new IllegalArgumentException(dimension);
            };
        }
    }

    private static final Comparator<List<String>> LABELS = (a, b) -> {
        for (int i = 0; i < Math.min(a.size(), b.size()); i++) {
            int c = a.get(i).compareTo(b.get(i));
            if (c != 0) {
                return c;
            }
        }
        return Integer.compare(a.size(), b.size());
    };

    private final List<Group> groups;

    ServiceSums(List<Group> groups) {
        this.groups = List.copyOf(groups);
    }

    /** The index of a measure in a group's measures. */
    static int at(String measure) {
        int at = CaseLine.MEASURES.indexOf(measure);
        if (at < 0) {
            throw new IllegalArgumentException(measure);
        }
        return at;
    }

    /** The grouped select over one roll-up for the period named {@code span} ({@code :span_from}, {@code :span_to}). */
    static String select(String table, String dayColumn, String span, String dimensions) {
        return "select " + GROUPS + ", " + SUMS + " from " + table + " where " + dayColumn + " between :" + span
                + "_from and :" + span + "_to" + dimensions + " group by " + GROUPS;
    }

    static Group group(ResultSet rs, int row) throws SQLException {
        long[] measures = new long[CaseLine.MEASURES.size()];
        for (int i = 0; i < measures.length; i++) {
            measures[i] = rs.getLong(5 + i);
        }
        return new Group(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4), measures);
    }

    /** The measures summed per the labels {@code key} gives a group (null leaves the group out), in label order. */
    Map<List<String>, long[]> by(Function<Group, List<String>> key) {
        Map<List<String>, long[]> sums = new TreeMap<>(LABELS);
        for (Group group : groups) {
            List<String> labels = key.apply(group);
            if (labels != null) {
                add(sums.computeIfAbsent(new ArrayList<>(labels), k -> new long[group.measures().length]), group);
            }
        }
        return sums;
    }

    /** The measures summed over the groups that pass. */
    long[] total(Predicate<Group> passes) {
        long[] sum = new long[CaseLine.MEASURES.size()];
        groups.stream().filter(passes).forEach(group -> add(sum, group));
        return sum;
    }

    private static void add(long[] sum, Group group) {
        for (int i = 0; i < sum.length; i++) {
            sum[i] += group.measures()[i];
        }
    }
}
