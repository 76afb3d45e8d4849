package dev.kantor.reporting.hr;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Which counts of a group of cells may be shown without telling anyone's own result (k-anonymity): a count of
 * fewer than {@link #FEWEST} people is hidden; and when what is hidden could be worked out from what is shown
 * (one hidden cell, or hidden cells adding up to fewer than {@link #FEWEST}, since the group's total is known
 * from other groups), the smallest shown counts are hidden too, until it cannot. A group of fewer than
 * {@link #FEWEST} people in all is hidden whole. Zero is shown: it tells nothing about anyone. Plain Java.
 */
final class SmallCells {

    /** The fewest people a shown count may stand for. */
    static final int FEWEST = 3;

    private SmallCells() {}

    /**
     * The cells of one group that may be shown.
     *
     * @param counts a count per cell (a cell left out counts 0)
     * @return the cells whose count may be shown: those with 0 or at least {@link #FEWEST}, less the
     *         ones hidden besides so that the hidden ones cannot be worked out
     */
    static <K> Set<K> shown(Map<K, Long> counts) {
        long total = counts.values().stream().mapToLong(Long::longValue).sum();
        if (total > 0 && total < FEWEST) {
            return Set.of();
        }
        Set<K> hidden = counts.entrySet().stream()
                .filter(e -> e.getValue() > 0 && e.getValue() < FEWEST)
                .map(Map.Entry::getKey)
                .collect(Collectors.toSet());
        List<Map.Entry<K, Long>> visible = new ArrayList<>(counts.entrySet().stream()
                .filter(e -> e.getValue() >= FEWEST)
                .sorted(Comparator.comparingLong(Map.Entry::getValue))
                .toList());
        while (!hidden.isEmpty() && !visible.isEmpty() && !safe(hidden, counts)) {
            hidden.add(visible.remove(0).getKey());
        }
        return counts.keySet().stream().filter(k -> !hidden.contains(k)).collect(Collectors.toSet());
    }

    private static <K> boolean safe(Set<K> hidden, Map<K, Long> counts) {
        long sum = hidden.stream().mapToLong(counts::get).sum();
        return hidden.size() >= 2 && sum >= FEWEST;
    }
}
