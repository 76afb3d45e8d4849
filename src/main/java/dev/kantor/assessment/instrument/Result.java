package dev.kantor.assessment.instrument;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import dev.kantor.assessment.Dimension;
import dev.kantor.assessment.Leaning;

/**
 * What a set of answers says: a score per dimension, how far it points to the front office overall
 * (0 back to 100 front) and where, and on how many dimensions each office is pointed to. Never a
 * verdict: the pages read it as "your answers point to", with the reasons per dimension.
 */
public record Result(List<DimensionScore> scores, int frontIndex, Leaning overall) {

    public Result {
        scores = List.copyOf(scores);
    }

    public DimensionScore of(Dimension dimension) {
        return scores.stream()
                .filter(s -> s.dimension() == dimension)
                .findFirst()
                .orElseThrow();
    }

    /** Scores (0 to 100) by dimension. */
    public Map<Dimension, Integer> byDimension() {
        return scores.stream()
                .collect(Collectors.toMap(
                        DimensionScore::dimension,
                        DimensionScore::score,
                        (a, b) -> a,
                        () -> new java.util.EnumMap<>(Dimension.class)));
    }

    /** The dimensions pointing to an office. */
    public List<DimensionScore> pointingTo(Leaning office) {
        return scores.stream().filter(s -> s.pointsTo() == office).toList();
    }

    public int frontCount() {
        return count(Leaning.FRONT);
    }

    public int backCount() {
        return count(Leaning.BACK);
    }

    /** How many dimensions point to an office. */
    public int count(Leaning office) {
        return pointingTo(office).size();
    }
}
