package dev.kantor.assessment.taking;

import java.util.EnumMap;
import java.util.Map;
import java.util.StringJoiner;

import dev.kantor.assessment.Dimension;

/** Dimension scores as a response row keeps them: comma-separated, in the order of {@link Dimension}. */
final class StoredScores {

    private StoredScores() {}

    static String write(Map<Dimension, Integer> scores) {
        StringJoiner text = new StringJoiner(",");
        for (Dimension d : Dimension.values()) {
            text.add(String.valueOf(scores.get(d)));
        }
        return text.toString();
    }

    static Map<Dimension, Integer> read(String text) {
        String[] parts = text.split(",");
        Dimension[] dimensions = Dimension.values();
        Map<Dimension, Integer> scores = new EnumMap<>(Dimension.class);
        for (int i = 0; i < dimensions.length && i < parts.length; i++) {
            scores.put(dimensions[i], Integer.valueOf(parts[i]));
        }
        return scores;
    }
}
