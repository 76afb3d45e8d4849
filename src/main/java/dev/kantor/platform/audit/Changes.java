package dev.kantor.platform.audit;

import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

/** The field-by-field difference between two snapshots of a record, as the audit trail shows it. */
final class Changes {

    private Changes() {}

    static String between(Map<String, String> before, Map<String, String> after) {
        Set<String> fields = new LinkedHashSet<>(before.keySet());
        fields.addAll(after.keySet());
        return fields.stream()
                .filter(field -> !Objects.equals(blankToNull(before.get(field)), blankToNull(after.get(field))))
                .map(field -> field + ": " + show(before.get(field)) + " → " + show(after.get(field)))
                .collect(Collectors.joining("\n"));
    }

    static String of(Map<String, String> snapshot) {
        return snapshot.entrySet().stream()
                .filter(e -> blankToNull(e.getValue()) != null)
                .map(e -> e.getKey() + ": " + e.getValue())
                .collect(Collectors.joining("\n"));
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value;
    }

    private static String show(String value) {
        return blankToNull(value) == null ? "∅" : value;
    }
}
